# Load the Article-Bias-Prediction (AllSides) articles straight from the bare mirror (git cat-file), stdlib only.
import json, subprocess
GITDIR = '/work/.mirror/ramybaly+Article-Bias-Prediction/repo'
REPO, COMMIT = 'ramybaly/Article-Bias-Prediction', 'ced8111a720948e6a410e52031ace99c4e53f096'
def load():
    ls = subprocess.run(['git', '--git-dir', GITDIR, 'ls-tree', '-r', COMMIT, 'data/jsons/'], capture_output=True, text=True, check=True).stdout.split('\n')
    ents = [(l.split()[2], l.split('\t')[1]) for l in ls if l.strip()]
    inp = ''.join(sha + '\n' for sha, _ in ents)
    out = subprocess.run(['git', '--git-dir', GITDIR, 'cat-file', '--batch'], input=inp.encode(), capture_output=True, check=True).stdout
    recs, pos = [], 0
    for sha, path in ents:
        nl = out.index(b'\n', pos); hdr = out[pos:nl].split(); size = int(hdr[2])
        body = out[nl + 1: nl + 1 + size]; pos = nl + 1 + size + 1
        d = json.loads(body.decode('utf-8')); d['_path'] = path; recs.append(d)
    return recs
if __name__ == '__main__':
    r = load(); print(len(r))
