import numpy as np
exec(open('experiments/names/reranker-v2/features.py').read().split("print('n fit'")[0])
def gbt(X,yv,trees=200,depth=3,lr=0.05,minleaf=40,bins=32):
    # quantile bins per feature
    edges=[np.unique(np.quantile(X[:,j],np.linspace(0,1,bins+1)[1:-1])) for j in range(X.shape[1])]
    B=np.stack([np.searchsorted(edges[j],X[:,j]) for j in range(X.shape[1])],1)
    base=yv.mean(); F=np.full(len(yv),base); model=[]
    def build(idx,res,d):
        if d==depth or len(idx)<2*minleaf: return ('leaf',res[idx].mean())
        best=None; tot=res[idx].sum(); n=len(idx)
        for j in range(X.shape[1]):
            b=B[idx,j]; nb=len(edges[j])+1
            s=np.bincount(b,res[idx],nb); c=np.bincount(b,minlength=nb)
            cs=np.cumsum(s)[:-1]; cc=np.cumsum(c)[:-1]
            ok=(cc>=minleaf)&(n-cc>=minleaf)
            if not ok.any(): continue
            gain=np.where(ok, cs**2/np.maximum(cc,1)+(tot-cs)**2/np.maximum(n-cc,1), -1)
            k=int(np.argmax(gain))
            if best is None or gain[k]>best[0]: best=(gain[k],j,k)
        if best is None: return ('leaf',res[idx].mean())
        _,j,k=best; L=idx[B[idx,j]<=k]; R=idx[B[idx,j]>k]
        return ('split',j,k,build(L,res,d+1),build(R,res,d+1))
    def pred1(t,Bn):
        out=np.zeros(len(Bn))
        def go(t,m):
            if t[0]=='leaf': out[m]=t[1]; return
            _,j,k,l,r=t; go(l,m&(Bn[:,j]<=k)); go(r,m&(Bn[:,j]>k))
        go(t,np.ones(len(Bn),bool)); return out
    idx=np.arange(len(yv))
    for t in range(trees):
        res=yv-F; tr=build(idx,res,0); model.append(tr); F+=lr*pred1(tr,B)
    def predict(Xn):
        Bn=np.stack([np.searchsorted(edges[j],Xn[:,j]) for j in range(Xn.shape[1])],1)
        out=np.full(len(Xn),base)
        for tr in model: out+=lr*pred1(tr,Bn)
        return out
    return predict
import sys
X=np.hstack([X0,XE])
for cfg in [dict(trees=150,depth=3,lr=0.05),dict(trees=300,depth=4,lr=0.03)]:
    print(cfg,'base',lowo(X0,gbt,**cfg)); print(cfg,'extra',lowo(X,gbt,**cfg)); sys.stdout.flush()
