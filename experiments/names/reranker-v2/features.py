import json, numpy as np, re, unicodedata, collections, sys
rows=[json.loads(l) for l in open('/tmp/rerank-rows.jsonl')]
def fold(s): return unicodedata.normalize('NFD',s.lower()).encode('ascii','ignore').decode()
def extra(r):
    text=fold(r['text']); toks=re.findall(r'[a-z0-9]+',text); tokset=set(toks)
    parts=[fold(p) for p in r['parts'] if p]
    cons=r['concepts']
    def in_text(p): return any(t==p or (len(p)>=4 and t.startswith(p[:max(4,len(p)-2)])) for t in toks)
    it=[in_text(p) for p in parts] or [False]
    cidx=[]; cw=[]
    for p in parts:
        best=None
        for k,(form,stem,w,place) in enumerate(cons):
            if p==form or (stem and len(stem)>=3 and p.startswith(stem)) or (len(p)>=4 and form.startswith(p)):
                best=(k,w); break
        if best: cidx.append(best[0]); cw.append(best[1])
    pw=r['pieceW'] or [0]
    return [np.mean(it), float(all(it)), float(any(it)),
            np.log1p(min(cidx)) if cidx else np.log1p(13), max(cw) if cw else 0, len(cidx)/max(1,len(parts)),
            max(pw), np.mean(pw), float(r['local']), float(r['offline']), np.log1p(len(toks)),
            float(r['index']<5), np.log1p(r['poolSize'])]
X0=np.array([r['x'] for r in rows],float)
XE=np.array([extra(r) for r in rows],float)
y=np.array([r['y'] for r in rows]); ids=np.array([r['id'] for r in rows]); W=np.array([r['writer'] for r in rows]); fitm=np.array([r['fit'] for r in rows])
def spear_within(pred,mask):
    by=collections.defaultdict(list)
    for i in np.where(mask)[0]: by[ids[i]].append(i)
    rs=[]
    for g in by.values():
        if len(g)<3: continue
        a=pred[g]; b=y[g]
        if len(set(b))<2 or len(set(a))<2: continue
        ra=np.argsort(np.argsort(a)); rb=np.argsort(np.argsort(b))
        # average ranks for ties
        from scipy.stats import spearmanr
        rs.append(spearmanr(a,b)[0])
    return np.mean(rs), len(rs)
def ridge(X,yv,lam=50):
    m=X.mean(0); s=X.std(0); s[s<1e-9]=1; Z=(X-m)/s
    b=np.linalg.solve(Z.T@Z+lam*np.eye(X.shape[1]), Z.T@(yv-yv.mean()))
    return lambda Xn: yv.mean()+((Xn-m)/s)@b
def lowo(X, model=ridge, **kw):
    pred=np.zeros(len(y))
    for w in sorted(set(W[fitm])):
        tr=fitm&(W!=w); te=fitm&(W==w)
        f=model(X[tr],y[tr],**kw); pred[te]=f(X[te])
    f=model(X[fitm],y[fitm],**kw); pred[~fitm]=f(X[~fitm])
    return spear_within(pred,fitm), spear_within(pred,~fitm)
print('n fit',fitm.sum(),'check',(~fitm).sum())
print('base ridge', lowo(X0))
print('+extra ridge', lowo(np.hstack([X0,XE])))
for k in range(XE.shape[1]): print(' +extra',k, lowo(np.hstack([X0,XE[:,[k]]]))[0][0].round(4))
