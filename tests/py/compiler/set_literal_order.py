# The iteration order of set literals of constant strings: the compiler folds them into a frozenset
# constant that constant merging rebuilds once, and code creation rebuilds again when interning an
# identifier-like item found an equal string already interned (an identifier of the source, or a
# name interned earlier), so the printed order depends on both. Literals at module level and in
# functions whose parameters share names with the items.
print({'dev', 'result', 'bcn', 'bcdlb'})
def f0(dev=1): return {'dev', 'result', 'bcn', 'bcdlb'}
print(f0())
print({'hb', 'bhbej'})
print({'result', 'value', 'gpnkoo', 'fdgldc', 'hcj_pko'})
print({'path', 'd_', 'id', 'close'})
def f3(path=1): return {'path', 'd_', 'id', 'close'}
print(f3())
print({'items', 'gamma', 'value', 'z', 'ojmlaol', 'x', 'kklpocci'})
print({'fo', 'result', 'close', 'self'})
print({'alpha', 'inlmhecf', 'x'})
def f6(alpha=1): return {'alpha', 'inlmhecf', 'x'}
print(f6())
print({'items', 'dev', 'ke_bom', 'count', 'prod', 'blue'})
print({'fdkbd', 'key'})
print({'self', 'lpddpo', 'gm', 'value', 'size', 'count'})
def f9(self=1): return {'self', 'lpddpo', 'gm', 'value', 'size', 'count'}
print(f9())
print({'self', 'name', '_j', 'result', 'beta', 'ci_lflh_', 'y'})
print({'result', 'ghmhg_pl', 'ollc', 'index', 'ip', 'y'})
print({'pl', 'dm', 'write'})
def f12(pl=1): return {'pl', 'dm', 'write'}
print(f12())
print({'pleeaa', 'fnkcm', 'd_engga', 'z', 'count', 'kineblo_', 'ffeaeoe'})
print({'__pd', 'id', 'hg', 'aefepd', 'ee__ao'})
print({'acok__', 'self'})
def f15(acok__=1): return {'acok__', 'self'}
print(f15())
print({'type', 'prod', 'p_h_igoe', 'leieohd', 'cgjde'})
print({'knglk', 'hfn', 'gamma', 'size', 'y'})
print({'beta', 'cdhdci'})
def f18(beta=1): return {'beta', 'cdhdci'}
print(f18())
print({'mode', 'id', 'dev', 'ime_pkc'})
print({'ichcidoa', 'key', 'gamma', 'name', 'write', 'close', 'y'})
print({'ibf', 'count', 'gjo_fi'})
def f21(ibf=1): return {'ibf', 'count', 'gjo_fi'}
print(f21())
print({'_ph', 'np', 'baa_', '_jghk'})
print({'nfbc', '_jhjb', 'emlbeac'})
print({'self', 'alpha', 'blue', 'khbjgl', 'index'})
def f24(self=1): return {'self', 'alpha', 'blue', 'khbjgl', 'index'}
print(f24())
print({'id', 'mbm', 'self'})
print({'red', 'blue'})
print({'value', '_e__ahca', 'z', 'mkp', 'b_n', 'blue'})
def f27(value=1): return {'value', '_e__ahca', 'z', 'mkp', 'b_n', 'blue'}
print(f27())
print({'bahpia', 'type', 'c_cpic', 'prod', 'gho'})
print({'path', 'x'})
print({'cek', 'eapbpi', 'gp', 'z', 'beta', 'test'})
def f30(cek=1): return {'cek', 'eapbpi', 'gp', 'z', 'beta', 'test'}
print(f30())
print({'_il', 'open', 'dlhp', 'imggc', 'gjcpaj'})
print({'jenlm', 'open', 'alpha', 'data', 'index'})
print({'ga', 'read', 'nibi', 'ilcm'})
def f33(ga=1): return {'ga', 'read', 'nibi', 'ilcm'}
print(f33())
print({'x', 'close'})
print({'index', 'size', 'self'})
print({'fpn', 'mgcbnoej', 'z', 'count', 'close'})
def f36(fpn=1): return {'fpn', 'mgcbnoej', 'z', 'count', 'close'}
print(f36())
print({'type', 'size', 'alpha', 'blue', 'data', 'dffcg', 'phokoneg'})
print({'path', 'beta', 'anm', 'self'})
print({'aebnppac', 'size', 'beta', 'close', 'gcihmmon'})
def f39(aebnppac=1): return {'aebnppac', 'size', 'beta', 'close', 'gcihmmon'}
print(f39())
print({'nddcj_', 'je', 'hdhee', 'aj', 'mih', 'docbaeh'})
print({'items', 'p_h', 'x', 'index', 'nj'})
print({'dev', 'self', 'pbk', 'cgpgjg', 'result', 'write', 'mgaj'})
def f42(dev=1): return {'dev', 'self', 'pbk', 'cgpgjg', 'result', 'write', 'mgaj'}
print(f42())
print({'green', 'data', 'nbemb', 'path'})
print({'dcfkgf_', 'type', 'jm', 'ofda', 'prod', 'write', 'y'})
print({'gmljncbp', 'gamma'})
def f45(gmljncbp=1): return {'gmljncbp', 'gamma'}
print(f45())
print({'items', 'size', 'anhmb', 'test', 'close'})
print({'minpepfa', 'self', 'green', 'result', 'ijac', 'z', 'y'})
print({'dev', 'gamma', 'hen', 'hkkolc', 'ic', 'fhncb', 'y'})
def f48(dev=1): return {'dev', 'gamma', 'hen', 'hkkolc', 'ic', 'fhncb', 'y'}
print(f48())
print({'kcm', 'self', 'hdjjiil', 'result', 'write'})
print({'gcl_foia', 'write', 'olbjhdbg', '_hdobd'})
print({'lgblkeb', 'self'})
def f51(lgblkeb=1): return {'lgblkeb', 'self'}
print(f51())
print({'gaknlfj', 'path'})
print({'ecfminj', 'id', 'gmmg', 'bjlnn', 'nd'})
print({'data', 'open'})
def f54(data=1): return {'data', 'open'}
print(f54())
print({'write', 'id'})
print({'path', 'mcl_fel', 'beta'})
print({'y', 'gjebpkbm', 'mp'})
def f57(y=1): return {'y', 'gjebpkbm', 'mp'}
print(f57())
print({'hmg', 'bbk', 'mld', 'green', 'z', 'gbm'})
print({'name', 'dceln', 'test', 'jnjhnml', 'ohoof'})
print({'beta', 'eacdgep', 'bbeck_c', 'test'})
def f60(beta=1): return {'beta', 'eacdgep', 'bbeck_c', 'test'}
print(f60())
print({'data', 'ei_pg', 'fhclifki', '_hklbg'})
print({'kmfid_b', 'type', 'j_', 'mlimlel', 'data', 'blue', 'o_di'})
print({'ab', 'abhe', 'result', 'beta', 'blue', 'path'})
def f63(ab=1): return {'ab', 'abhe', 'result', 'beta', 'blue', 'path'}
print(f63())
print({'count', 'd_lh'})
print({'type', 'name', 'feahe', 'size', 'imiablo_', 'fab'})
print({'green', 'id', 'eng', 'data', '_nf_jcj'})
def f66(green=1): return {'green', 'id', 'eng', 'data', '_nf_jcj'}
print(f66())
print({'c_a', 'n_ij', 'z', 'fhdih', 'ki', 'write', 'amnoc'})
print({'anhjgmcf', 'beta', 'kgmkhmp'})
print({'key', 'value', 'close'})
def f69(key=1): return {'key', 'value', 'close'}
print(f69())
print({'items', 'dev', 'read', 'cbclgcm', 'blue', 'path', 'cjpdedgj'})
print({'_pjana', 'lk', 'id', 'self'})
print({'red', 'y'})
def f72(red=1): return {'red', 'y'}
print(f72())
print({'cjfna_gj', 'alpha', 'al'})
print({'items', 'cnalgji', 'pl_', 'gamma', 'cpdkldmm', 'pfd', 'data'})
print({'gamma', 'open', 'ooi', 'write', 'eblk_', 'koh'})
def f75(gamma=1): return {'gamma', 'open', 'ooi', 'write', 'eblk_', 'koh'}
print(f75())
print({'dgm', 'items', 'key', 'z', 'count', 'eehk_lfh'})
print({'prod', 'igddi', 'name', 'mode'})
print({'nhhfd', 'result', 'joaeim', 'index', 'y'})
def f78(nhhfd=1): return {'nhhfd', 'result', 'joaeim', 'index', 'y'}
print(f78())
print({'oan_f', 'mfi'})
print({'items', 'name', 'g_l', 'al_kno', 'alpha', 'bi', 'red'})
print({'lbiimm', 'type', 'm_d'})
def f81(lbiimm=1): return {'lbiimm', 'type', 'm_d'}
print(f81())
print({'lidhjm_', 'helnoje', 'lhimi', 'mogfecgp', 'fpailhj'})
print({'cji', 'mbcke_la', 'dev', 'le'})
print({'items', 'key', 'ole', 'cjg', 'prod', 'oddinhe'})
def f84(items=1): return {'items', 'key', 'ole', 'cjg', 'prod', 'oddinhe'}
print(f84())
print({'alpha', 'data', 'write', 'path', 'afkopjol'})
print({'green', 'd_pp', 'z', 'blue', 'x'})
print({'read', 'key', 'y'})
def f87(read=1): return {'read', 'key', 'y'}
print(f87())
print({'red', 'gpdk', 'jjlpmk_i', 'bm', 'alpha', 'gjnkni', 'y'})
print({'b_mecg', 'bmjda', 'open', 'id', 'blue', 'path', 'x'})
