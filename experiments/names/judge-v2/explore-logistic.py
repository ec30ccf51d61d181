# Exploration (run from the repository root after dump-pairs.mts): the first judge refitted on every label, and
# how its predictions split by source on dev2. The shipped fit is scripts/fit-learned-judge.ts.
import json, numpy as np, collections, zlib, sys
import scipy.sparse as sp
from scipy.stats import spearmanr
from scipy.sparse.linalg import lsqr
rows=[json.loads(l) for l in open('/tmp/judge-pairs.jsonl')]
J=json.load(open('data/built/judge/learned-judge-v1.json'))
X=np.array([r['x'] for r in rows]); y=np.array([np.mean(r['scores']) for r in rows])
W=np.array([r['writer'] for r in rows]); R=np.array([r['round'] for r in rows])
src=[r['sources'] for r in rows]
isref=np.array([any(s=='reference' for s in ss) for ss in src]); isdecoy=np.array([all(s=='decoy' for s in ss) for ss in src])
ours=~isref&~isdecoy
dev=np.isin(W,['w27','w28','w29'])
print('pairs',len(rows),'dev2',dev.sum(),'train',(~dev).sum(),'refs',isref.sum(),'decoys',isdecoy.sum())
def sig(z): return 1/(1+np.exp(-z))
cur=10*sig(X@np.array(J['score']['coef'])+J['score']['bias'])
curg=sig(X@np.array(J['good']['coef'])+J['good']['bias'])
def auc(p,g):
    from scipy.stats import rankdata
    r=rankdata(p); n1=g.sum(); n0=len(g)-n1
    return (r[g==1].sum()-n1*(n1+1)/2)/(n1*n0)
def ece(p,g,b=10):
    e=0
    for k in range(b):
        m=(p>=k/b)&(p<(k+1)/b if k<b-1 else p<=1)
        if m.sum(): e+=m.sum()/len(p)*abs(p[m].mean()-g[m].mean())
    return e
def report(name,s,pg,mask):
    g=(y>=7).astype(int)
    print(f"{name}: all {spearmanr(s[mask],y[mask])[0]:.3f} ours {spearmanr(s[mask&ours],y[mask&ours])[0]:.3f} noDecoy {spearmanr(s[mask&~isdecoy],y[mask&~isdecoy])[0]:.3f} AUC {auc(pg[mask],g[mask]):.3f} ECE {ece(pg[mask],g[mask]):.3f}")
report('shipped judge dev2',cur,curg,dev)
report('shipped judge train',cur,curg,~dev)
# per-round dev2 figures
tr=~dev
def std(Xa):
    m=Xa[tr].mean(0); s=Xa[tr].std(0); s[s<1e-9]=1; return (Xa-m)/s
Z=std(X)
def ridge_fit(A,t,lam):
    A1=np.hstack([A,np.ones((A.shape[0],1))]); P=lam*np.eye(A1.shape[1]); P[-1,-1]=0
    return np.linalg.solve(A1.T@A1+P,A1.T@t)
def ridge_pred(A,b): return np.hstack([A,np.ones((A.shape[0],1))])@b
def logit_fit(A,t,lam,iters=300):
    # Newton for logistic with soft targets t in [0,1]
    A1=np.hstack([A,np.ones((A.shape[0],1))]); b=np.zeros(A1.shape[1]); P=lam*np.eye(A1.shape[1]); P[-1,-1]=0
    for _ in range(30):
        p=sig(A1@b); g=A1.T@(p-t)+P@b; H=(A1*(p*(1-p))[:,None]).T@A1+P
        b-=np.linalg.solve(H,g)
    return b
g7=(y>=7).astype(float)
for lam in [1,10,100]:
    bs=logit_fit(Z[tr],y[tr]/10,lam); bg=logit_fit(Z[tr],g7[tr],lam)
    s=10*sig(np.hstack([Z,np.ones((len(Z),1))])@bs); pg=sig(np.hstack([Z,np.ones((len(Z),1))])@bg)
    report(f'dense refit lam{lam} dev2',s,pg,dev)
for nm,m in [('ref',isref),('decoy',isdecoy),('ours',ours)]:
    print(nm, (m&dev).sum(), y[m&dev].mean().round(2), y[m&dev].std().round(2))
oracle=isref*2.0-isdecoy*2.0
print('oracle source-only spearman dev2', spearmanr(oracle[dev],y[dev])[0])
bs=logit_fit(Z[tr],y[tr]/10,10); s=10*sig(np.hstack([Z,np.ones((len(Z),1))])@bs)
for nm,m in [('ref',isref),('decoy',isdecoy),('ours',ours)]:
    print('refit pred', nm, s[m&dev].mean().round(2), s[m&dev].std().round(2), 'shipped', cur[m&dev].mean().round(2))
print('train spearman refit', spearmanr(s[tr],y[tr])[0])
