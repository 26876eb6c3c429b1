"""Fine-tunes the target model: MiniLM-L6 with a linear head over [mean of the technology's word pieces; [CLS]]
(three classes: positive, neutral, negative), on the pairs written by ExportPieces.java.

Usage: python3 train.py BASE.onnx PIECES.tsv OUT.pt
Deterministic for a given machine: fixed seeds, a fixed order, two threads.
"""
import random, sys, time
import torch
import torch.nn as nn
from bert import load_onnx, pad

EPOCHS, LEARNING_RATE, BATCH_SENTENCES, SEED = 4, 5e-5, 16, 1
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
        s = sentences.setdefault(sentence, {'ids': [int(x) for x in ids.split()], 'targets': []})
        s['targets'].append(([int(x) for x in positions.split()], LABELS[label]))
    return list(sentences.values())


def main(base, pieces, out):
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    random.seed(SEED)
    data = read(pieces)
    print('%d sentences, %d pairs' % (len(data), sum(len(s['targets']) for s in data)), flush=True)
    model = TargetModel(base)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = EPOCHS * ((len(data) + BATCH_SENTENCES - 1) // BATCH_SENTENCES)
    # linear warm-up over the first 10 % of steps, then linear decay to zero
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / (0.1 * steps)) * max(0.0, (steps - step) / (0.9 * steps)))
    started = time.time()
    model.train()
    for epoch in range(EPOCHS):
        random.shuffle(data)
        total = 0.0
        for i in range(0, len(data), BATCH_SENTENCES):
            batch = data[i:i + BATCH_SENTENCES]
            gold = torch.tensor([label for s in batch for _, label in s['targets']])
            loss = nn.functional.cross_entropy(model(batch), gold)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
        print('epoch %d: loss %.1f (%.0f s)' % (epoch + 1, total, time.time() - started), flush=True)
    torch.save(model.state_dict(), out)


if __name__ == '__main__':
    main(*sys.argv[1:4])
