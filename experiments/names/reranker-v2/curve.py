import numpy as np
exec(open('experiments/names/reranker-v2/features.py').read().split("print('n fit'")[0])
X=np.hstack([X0,XE])
rng=np.random.default_rng(0)
uids=np.unique(ids[fitm])
for frac in [0.25,0.5,0.75,1.0]:
    res=[]
    for rep in range(3):
        keep=set(rng.choice(uids,int(len(uids)*frac),replace=False))
        km=np.array([i in keep for i in ids])
        pred=np.zeros(len(y))
        for w in sorted(set(W[fitm])):
            tr=fitm&(W!=w)&km; te=fitm&(W==w)
            f=ridge(X[tr],y[tr]); pred[te]=f(X[te])
        f=ridge(X[fitm&km],y[fitm&km]); pred[~fitm]=f(X[~fitm])
        res.append((spear_within(pred,fitm)[0],spear_within(pred,~fitm)[0]))
    print(frac, np.mean(res,0).round(4))
