"""Exports a model trained by train.py to ONNX for reportstats, with int8 weights:
- every MatMul by a weight becomes com.microsoft DynamicQuantizeMatMul (int8 per-column weights; activations are
  quantized per call), about 2.5 times faster than float on one core;
- the other large weights (the embedding tables) become int8 + DequantizeLinear, which ONNX Runtime folds back
  into floats when the model is loaded.
The output is [batch, pieces, 3]: for every word piece, the head applied to [that piece; [CLS]]. The head is
linear, so the mean of a technology's rows is the head of the mean of its pieces, as in training.

Usage: python3 export.py BASE.onnx MODEL.pt OUT.onnx   (also writes OUT.sha256 beside OUT without .onnx)
"""
import hashlib, os, sys, tempfile
import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import helper, numpy_helper
from bert import load_onnx


class Export(nn.Module):
    def __init__(self, bert, head):
        super().__init__()
        self.bert, self.head = bert, head

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.bert(input_ids, attention_mask, token_type_ids)
        width = hidden.shape[-1]
        pieces = hidden @ self.head.weight[:, :width].t()
        sentence = hidden[:, 0] @ self.head.weight[:, width:].t() + self.head.bias
        return pieces + sentence[:, None, :]


def per_channel(weight, axis):
    """Symmetric int8 with one scale per row (axis 0) or column (axis 1)."""
    peak = np.abs(weight).max(axis=1 - axis)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    scaled = weight / (scale[:, None] if axis == 0 else scale[None, :])
    return np.clip(np.round(scaled), -127, 127).astype(np.int8), scale


def quantize(model, min_size=4096):
    graph = model.graph
    initializers = {i.name: i for i in graph.initializer}
    added, replaced = [], set()
    for index, node in enumerate(list(graph.node)):
        if node.op_type != 'MatMul' or node.input[1] not in initializers:
            continue
        weight = numpy_helper.to_array(initializers[node.input[1]])
        if weight.ndim != 2 or weight.size < min_size:
            continue
        name = node.input[1]
        q, scale = per_channel(weight, 1)
        added += [numpy_helper.from_array(q, name + '_q'), numpy_helper.from_array(scale, name + '_s'),
                  numpy_helper.from_array(np.zeros(scale.shape, np.int8), name + '_z')]
        graph.node.remove(node)
        graph.node.insert(index, helper.make_node('DynamicQuantizeMatMul', [node.input[0], name + '_q', name + '_s', name + '_z'],
                                                  list(node.output), domain='com.microsoft', name=name + '_matmul'))
        replaced.add(name)
    dequantize = []
    for name, init in initializers.items():
        if name in replaced:
            graph.initializer.remove(init)
            continue
        weight = numpy_helper.to_array(init)
        if weight.dtype != np.float32 or weight.ndim != 2 or weight.size < min_size:
            continue
        axis = 0 if any(n.op_type == 'Gather' and name in n.input for n in graph.node) else 1
        q, scale = per_channel(weight, axis)
        graph.initializer.remove(init)
        added += [numpy_helper.from_array(q, name + '_q'), numpy_helper.from_array(scale, name + '_s'),
                  numpy_helper.from_array(np.zeros(scale.shape, np.int8), name + '_z')]
        dequantize.append(helper.make_node('DequantizeLinear', [name + '_q', name + '_s', name + '_z'], [name], axis=axis))
    graph.initializer.extend(added)
    nodes = dequantize + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    model.opset_import.append(helper.make_opsetid('com.microsoft', 1))
    return model


def write(model, out, output_name, output_axes):
    """Exports a module of (input_ids, attention_mask, token_type_ids) to OUT with int8 weights, and its SHA-256 to
    OUT without .onnx + .sha256."""
    example = torch.tensor([[101, 2000, 2001, 102]])
    axes = {0: 'batch', 1: 'pieces'}
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, 'model.onnx')
        torch.onnx.export(model, (example, torch.ones_like(example), torch.zeros_like(example)), plain, opset_version=13,
                          input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=[output_name],
                          dynamic_axes={'input_ids': axes, 'attention_mask': axes, 'token_type_ids': axes, output_name: output_axes})
        quantized = quantize(onnx.load(plain))
    onnx.save(quantized, out)
    digest = hashlib.sha256(open(out, 'rb').read()).hexdigest()
    with open(out[:-len('.onnx')] + '.sha256', 'w') as f:
        f.write(digest + '\n')
    print('wrote %s (%d bytes, sha256 %s)' % (out, os.path.getsize(out), digest))


def load(base, state_file, head_inputs):
    """The encoder and head of a state saved by a training script."""
    bert = load_onnx(base)
    head = nn.Linear(head_inputs * bert.word.weight.shape[1], 3)
    state = torch.load(state_file)
    bert.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith('bert.')})
    head.load_state_dict({k[5:]: v for k, v in state.items() if k.startswith('head.')})
    return bert, head


def main(base, state_file, out):
    bert, head = load(base, state_file, 2)
    write(Export(bert, head).eval(), out, 'target_logits', {0: 'batch', 1: 'pieces'})


if __name__ == '__main__':
    main(*sys.argv[1:4])
