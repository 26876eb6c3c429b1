"""Exports a model trained by train_sentences.py to ONNX for reportstats, with int8 weights as export.py does.
The output is [batch, 3]: the head applied to [CLS].

Usage: python3 export_sentences.py BASE.onnx MODEL.pt OUT.onnx   (also writes OUT.sha256 beside OUT without .onnx)
"""
import sys
import torch.nn as nn
from export import load, write


class Export(nn.Module):
    def __init__(self, bert, head):
        super().__init__()
        self.bert, self.head = bert, head

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.head(self.bert(input_ids, attention_mask, token_type_ids)[:, 0])


def main(base, state_file, out):
    bert, head = load(base, state_file, 1)
    write(Export(bert, head).eval(), out, 'sentence_logits', {0: 'batch'})


if __name__ == '__main__':
    main(*sys.argv[1:4])
