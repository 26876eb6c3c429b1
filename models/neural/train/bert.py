"""A BERT encoder in plain PyTorch whose weights are read from a Hugging Face ONNX export (the all-MiniLM-L6-v2
model that langchain4j publishes on Maven Central), so that it can be fine-tuned without the transformers library.
Its output equals ONNX Runtime's on the same export (checked to 1e-6 when this was written)."""
import math, numpy as np, onnx, torch, torch.nn as nn
from onnx import numpy_helper

class Layer(nn.Module):
    def __init__(s, d, heads, ff):
        super().__init__()
        s.h = heads
        s.q, s.k, s.v, s.o = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)
        s.ln1 = nn.LayerNorm(d, eps=1e-12); s.ff1 = nn.Linear(d, ff); s.ff2 = nn.Linear(ff, d); s.ln2 = nn.LayerNorm(d, eps=1e-12)
        s.drop = nn.Dropout(0.1)
    def forward(s, x, bias):
        B, T, D = x.shape; hd = D // s.h
        q = s.q(x).view(B, T, s.h, hd).transpose(1, 2)
        k = s.k(x).view(B, T, s.h, hd).transpose(1, 2)
        v = s.v(x).view(B, T, s.h, hd).transpose(1, 2)
        a = (q @ k.transpose(-1, -2)) / math.sqrt(hd) + bias
        a = s.drop(torch.softmax(a, -1))
        c = (a @ v).transpose(1, 2).reshape(B, T, D)
        x = s.ln1(x + s.drop(s.o(c)))
        return s.ln2(x + s.drop(s.ff2(torch.nn.functional.gelu(s.ff1(x)))))

class Bert(nn.Module):
    def __init__(s, vocab=30522, d=384, layers=6, heads=12, ff=1536, maxpos=512):
        super().__init__()
        s.word = nn.Embedding(vocab, d); s.pos = nn.Embedding(maxpos, d); s.typ = nn.Embedding(2, d)
        s.ln = nn.LayerNorm(d, eps=1e-12); s.drop = nn.Dropout(0.1)
        s.layers = nn.ModuleList([Layer(d, heads, ff) for _ in range(layers)])
    def forward(s, ids, mask, types):
        T = ids.shape[1]
        x = s.word(ids) + s.pos(torch.arange(T, device=ids.device))[None] + s.typ(types)
        x = s.drop(s.ln(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for l in s.layers: x = l(x, bias)
        return x

def load_onnx(path):
    m = onnx.load(path)
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consumers = {}
    for n in m.graph.node:
        for i in n.input: consumers.setdefault(i, []).append(n)
    weights = dict(init)
    for n in m.graph.node:
        if n.op_type == 'MatMul' and n.input[1] in init:
            add = [c for c in consumers.get(n.output[0], []) if c.op_type == 'Add'][0]
            b = [i for i in add.input if i in init and i.endswith('.bias')][0]
            weights[b[:-5] + '.weight'] = init[n.input[1]].T
    layers = 1 + max(int(k.split('.')[2]) for k in weights if k.startswith('encoder.layer.'))
    d = weights['embeddings.word_embeddings.weight'].shape[1]
    bert = Bert(d=d, layers=layers, heads=12, ff=weights['encoder.layer.0.intermediate.dense.bias'].shape[0])
    sd = {'word.weight': 'embeddings.word_embeddings.weight', 'pos.weight': 'embeddings.position_embeddings.weight',
          'typ.weight': 'embeddings.token_type_embeddings.weight', 'ln.weight': 'embeddings.LayerNorm.weight', 'ln.bias': 'embeddings.LayerNorm.bias'}
    names = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value', 'o': 'attention.output.dense',
             'ln1': 'attention.output.LayerNorm', 'ff1': 'intermediate.dense', 'ff2': 'output.dense', 'ln2': 'output.LayerNorm'}
    for i in range(layers):
        for ours, theirs in names.items():
            for p in ('weight', 'bias'):
                sd['layers.%d.%s.%s' % (i, ours, p)] = 'encoder.layer.%d.%s.%s' % (i, theirs, p)
    state = {k: torch.tensor(np.array(weights[v])) for k, v in sd.items()}
    bert.load_state_dict(state)
    return bert


def pad(rows):
    """Word-piece ids (each row's 'ids') as one right-padded batch: ids and attention mask."""
    length = max(len(r['ids']) for r in rows)
    ids = torch.zeros(len(rows), length, dtype=torch.long)
    mask = torch.zeros_like(ids)
    for i, r in enumerate(rows):
        ids[i, :len(r['ids'])] = torch.tensor(r['ids'])
        mask[i, :len(r['ids'])] = 1
    return ids, mask
