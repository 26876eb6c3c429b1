"""Fine-tunes the sentence model: MiniLM-L6 with a linear head over [CLS] (three classes: positive, neutral,
negative), on the sentences written by ExportSentences.java (the development halves of the VADER ground truth)
and on the trip-report sentences of the target training pairs (ExportPieces.java) whose technologies all carry the
same label, which is taken as the sentence's (at most TRIP_SENTENCES of them, chosen by hash).

Fold 0 of every set (the second byte of the SHA-256 of the id, as ExportSentences writes it) is never trained on:
after every epoch the model's probabilities for it are written to OUT.fold0-EPOCH.tsv, to choose the epoch and
how the model and the rules are combined, and the weights to OUT-EPOCH.pt.

Usage: python3 train_sentences.py BASE.onnx SENTENCES.tsv PIECES.tsv OUT
Deterministic for a given machine: fixed seeds, a fixed order, two threads.
"""
import hashlib, random, sys, time
import torch
import torch.nn as nn
from bert import load_onnx, pad

EPOCHS, LEARNING_RATE, BATCH, SEED, TRIP_SENTENCES = 2, 5e-5, 16, 1, 3000
LABELS = {'positive': 0, 'neutral': 1, 'negative': 2}


class SentenceModel(nn.Module):
    def __init__(self, base):
        super().__init__()
        self.bert = load_onnx(base)
        self.head = nn.Linear(self.bert.word.weight.shape[1], 3)
        self.drop = nn.Dropout(0.1)

    def forward(self, batch):
        ids, mask = pad(batch)
        return self.head(self.drop(self.bert(ids, mask, torch.zeros_like(ids))[:, 0]))


def fold(text):
    return hashlib.sha256(text.strip().encode('utf-8')).digest()[1] % 5


def read_exported(path):
    """Sentences as ExportSentences.java writes them."""
    data = []
    for line in open(path, encoding='utf-8'):
        name, id_, label, f, ids, _ = line.rstrip('\n').split('\t')
        data.append({'set': name, 'id': id_, 'label': LABELS[label], 'fold': int(f), 'ids': [int(x) for x in ids.split()]})
    return data


def read(sentences, pieces):
    data = read_exported(sentences)
    trip = {}
    for line in open(pieces, encoding='utf-8'):
        label, _, ids, _, sentence = line.rstrip('\n').split('\t')
        entry = trip.setdefault(sentence, {'ids': [int(x) for x in ids.split()], 'labels': set()})
        entry['labels'].add(label)
    agreed = sorted((hashlib.sha256(s.encode('utf-8')).hexdigest(), s) for s, e in trip.items() if len(e['labels']) == 1)
    for _, s in agreed[:TRIP_SENTENCES]:
        data.append({'set': 'trip', 'id': s, 'label': LABELS[next(iter(trip[s]['labels']))], 'fold': fold(s), 'ids': trip[s]['ids']})
    return data


def batches(data):
    """Shuffled batches of sentences of similar length (less padding), in a shuffled order."""
    random.shuffle(data)
    out = []
    for i in range(0, len(data), 50 * BATCH):
        chunk = sorted(data[i:i + 50 * BATCH], key=lambda s: len(s['ids']))
        out += [chunk[j:j + BATCH] for j in range(0, len(chunk), BATCH)]
    random.shuffle(out)
    return out


def warmup_then_decay(optimiser, epochs, sentences):
    """Linear warm-up over the first 10 % of the steps, then linear decay to zero (batches() may make up to 50 more
    batches per epoch than a plain split, hence the margin)."""
    steps = epochs * ((sentences + BATCH - 1) // BATCH + 50)
    return torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / (0.1 * steps)) * max(0.0, (steps - step) / (0.9 * steps)))


def train_epoch(model, optimiser, data, schedule=None, gold=lambda batch: [s['label'] for s in batch]):
    """One pass over data in batches(); the summed loss. gold lists a batch's labels in the model's output order."""
    model.train()
    total = 0.0
    for batch in batches(data):
        loss = nn.functional.cross_entropy(model(batch), torch.tensor(gold(batch)))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if schedule is not None:
            schedule.step()
        total += loss.item()
    return total


def write_fold0(model, held, path):
    """The model's probabilities for the held-out sentences (sorted by length), one line each."""
    model.eval()
    with torch.no_grad(), open(path, 'w', encoding='utf-8') as f:
        for i in range(0, len(held), 64):
            batch = held[i:i + 64]
            for s, p in zip(batch, torch.softmax(model(batch), -1).tolist()):
                f.write('%s\t%s\t%d\t%s\n' % (s['set'], s['id'], s['label'], ' '.join('%.5f' % x for x in p)))


def main(base, sentences, pieces, out):
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    random.seed(SEED)
    data = read(sentences, pieces)
    train = [s for s in data if s['fold'] != 0]
    held = sorted([s for s in data if s['fold'] == 0], key=lambda s: len(s['ids']))
    print('%d training sentences (%d trip-report), %d in fold 0' % (len(train), sum(s['set'] == 'trip' for s in train), len(held)), flush=True)
    model = SentenceModel(base)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    schedule = warmup_then_decay(optimiser, EPOCHS, len(train))
    started = time.time()
    for epoch in range(1, EPOCHS + 1):
        total = train_epoch(model, optimiser, train, schedule)
        print('epoch %d: loss %.1f (%.0f s)' % (epoch, total, time.time() - started), flush=True)
        torch.save(model.state_dict(), '%s-%d.pt' % (out, epoch))
        write_fold0(model, held, '%s.fold0-%d.tsv' % (out, epoch))


if __name__ == '__main__':
    main(*sys.argv[1:5])
