exec(open('experiments/names/judge-v2/explore-logistic.py').read().split("for lam in [1,10,100]")[0])
B=1<<18
def h(s): return zlib.crc32(s.encode())%B
def feats(r):
    f=[]
    lab='^'+r['label']+'$'
    for n in (3,4,5):
        for i in range(len(lab)-n+1): f.append('g'+lab[i:i+n])
    for w in r['seg']: f.append('w'+w)
    ws=r['seg']
    for a,b in zip(ws,ws[1:]): f.append('b'+a+'|'+b)
    f.append('t'+r['tld']); f.append('L'+r['lang']+'|'+r['tld'])
    for w in ws: f.append('wt'+w+'|'+r['tld'])
    f.append('n%d'%len(ws))
    return f
ri=[];ci=[]
for i,r in enumerate(rows):
    fs=set(feats(r))
    for k in fs: ri.append(i); ci.append(h(k))
XS=sp.csr_matrix((np.ones(len(ri)),(ri,ci)),shape=(len(rows),B))
# drop buckets seen < 2 times in train
cnt=np.asarray(XS[np.where(tr)[0]].sum(0)).ravel(); keep=np.where(cnt>=2)[0]; XS=XS[:,keep]
print('sparse feats',XS.shape)
def fit(A,t,lam):
    mu=t.mean(); b=lsqr(A,t-mu,damp=np.sqrt(lam),atol=1e-7,btol=1e-7,iter_lim=3000)[0]; return mu,b
for lam,wS in [(10,0.3),(30,0.3),(100,0.3),(30,0.1),(30,1.0)]:
    A=sp.hstack([sp.csr_matrix(Z),XS*wS]).tocsr()
    mu,b=fit(A[np.where(tr)[0]],y[tr],lam); s=mu+A@b
    mu2,b2=fit(A[np.where(tr)[0]],g7[tr],lam); pg=np.clip(mu2+A@b2,0,1)
    report(f'sparse lam{lam} w{wS} dev2',s,pg,dev)
    for nm,m in [('ref',isref),('decoy',isdecoy),('ours',ours)]: print('   ',nm,s[m&dev].mean().round(2))
    sys.stdout.flush()
