exec(open('experiments/names/judge-v2/explore-logistic.py').read().split("for lam in [1,10,100]")[0])
src_gbt=open('experiments/names/reranker-v2/gbt.py').read()
gbt_src=src_gbt[src_gbt.index('def gbt'):src_gbt.index('import sys')]
exec(gbt_src)
Xd=X[:, [i for i in range(X.shape[1]) if J['features'][i]!='notExpert']]
for cfg in [dict(trees=200,depth=4,lr=0.05,minleaf=40)]:
    f=gbt(Xd[tr],y[tr],**cfg); s=f(Xd)
    fg=gbt(Xd[tr],g7[tr],**cfg); pg=np.clip(fg(Xd),0,1)
    report(f'gbt {cfg} dev2',s,pg,dev)
    for nm,m in [('ref',isref),('decoy',isdecoy),('ours',ours)]: print('   ',nm,s[m&dev].mean().round(2))
