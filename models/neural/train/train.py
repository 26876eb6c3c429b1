"""Fine-tunes the target model: a BERT base (bge-small-en-v1.5 since session 6, MiniLM-L6 before) with a linear head
over [mean of the technology's word pieces; [CLS]] (three classes: positive, neutral, negative), on the pairs
written by ExportPieces.java. EPOCHS (environment, default 4) sets the number of epochs; train.sh uses 3.

Usage: python3 train.py BASE.onnx PIECES.tsv OUT.pt [--holdout]
With --holdout, fold 0 of the sentences (the second byte of the SHA-256 of the sentence, as for the sentence model)
is never trained on: after every epoch its pairs' probabilities are written to OUT.fold0-EPOCH.tsv and the weights
to OUT-EPOCH.pt, to compare settings.
Deterministic for a given machine: fixed seeds, a fixed order, two threads.
"""
import os, random, sys, time
import torch
import torch.nn as nn
from bert import load_onnx, pad
from train_sentences import fold, train_epoch, warmup_then_decay

EPOCHS, LEARNING_RATE, SEED = int(os.environ.get('EPOCHS', 4)), 5e-5, 1
LABELS = {'positive': 0, 'neutral': 1, 'negative': 2}


class TargetModel(nn.Module):
    def __init__(self, base):
        super().__init__()
        self.bert = load_onnx(base)
        width = self.bert.word.weight.shape[1]
        self.head = nn.Linear(2 * width, 3)
        self.drop = nn.Dropout(0.1)

    def forward(self, sentences):
        """Logits for every (sentence, technology) pair of a batch of sentences."""
        ids, mask = pad(sentences)
        hidden = self.bert(ids, mask, torch.zeros_like(ids))
        pairs = []
        for i, s in enumerate(sentences):
            for positions, _ in s['targets']:
                pairs.append(torch.cat([hidden[i, positions].mean(0), hidden[i, 0]]))
        return self.head(self.drop(torch.stack(pairs)))


def read(path):
    sentences = {}
    for line in open(path, encoding='utf-8'):
        label, _, ids, positions, sentence = line.rstrip('\n').split('\t')
        s = sentences.setdefault(sentence, {'text': sentence, 'ids': [int(x) for x in ids.split()], 'targets': []})
        s['targets'].append(([int(x) for x in positions.split()], LABELS[label]))
    return list(sentences.values())


def pair_labels(batch):
    """The labels of a batch's (sentence, technology) pairs, in the order TargetModel returns them."""
    return [label for s in batch for _, label in s['targets']]


def write_fold0(model, held, path):
    """The model's probabilities for every held-out pair, one line each; returns the accuracy."""
    model.eval()
    right = total = 0
    with torch.no_grad(), open(path, 'w', encoding='utf-8') as f:
        for i in range(0, len(held), 64):
            batch = held[i:i + 64]
            probs = torch.softmax(model(batch), -1).tolist()
            pairs = [(s, label) for s in batch for _, label in s['targets']]
            for (s, label), p in zip(pairs, probs):
                f.write('%d\t%s\t%s\n' % (label, ' '.join('%.5f' % x for x in p), s['text']))
                right += max(range(3), key=lambda k: p[k]) == label
                total += 1
    return right / max(1, total)


def main(base, pieces, out, holdout=None):
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    random.seed(SEED)
    data, held = [], []
    for s in read(pieces):
        (held if holdout and fold(s['text']) == 0 else data).append(s)
    held.sort(key=lambda s: len(s['ids']))
    print('%d sentences, %d pairs; %d held out' % (len(data), sum(len(s['targets']) for s in data), len(held)), flush=True)
    model = TargetModel(base)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    schedule = warmup_then_decay(optimiser, EPOCHS, len(data))
    started = time.time()
    for epoch in range(1, EPOCHS + 1):
        total = train_epoch(model, optimiser, data, schedule, pair_labels)
        print('epoch %d: loss %.1f (%.0f s)' % (epoch, total, time.time() - started), flush=True)
        if held:
            torch.save(model.state_dict(), '%s-%d.pt' % (out, epoch))
            print('  fold 0 accuracy %.4f' % write_fold0(model, held, '%s.fold0-%d.tsv' % (out, epoch)), flush=True)
    torch.save(model.state_dict(), out)


if __name__ == '__main__':
    main(*sys.argv[1:5])
