"""Second stage of the sentence model: goes on from a state saved by train_sentences.py on labeled trip-report
sentences (the development half of src/test/resources/eval/sentences.tsv, as ExportSentences.java writes it),
folds 1-4 only, mixed with as many of the first stage's training sentences again (so that it does not forget
them). Fold 0 of both is never trained on: the model's probabilities for it are written to OUT.fold0-EPOCH.tsv.

Usage: python3 tune_sentences.py BASE.onnx FIRST.pt SENTENCES.tsv PIECES.tsv TRIP.tsv OUT
"""
import random, sys, time
import torch
import torch.nn as nn
from train_sentences import SentenceModel, read, batches, LABELS

EPOCHS, LEARNING_RATE, SEED = 2, 2e-5, 1


def main(base, first, sentences, pieces, trip, out):
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    random.seed(SEED)
    earlier = read(sentences, pieces)
    tuned = []
    for line in open(trip, encoding='utf-8'):
        name, id_, label, f, ids, _ = line.rstrip('\n').split('\t')
        tuned.append({'set': name, 'id': id_, 'label': LABELS[label], 'fold': int(f), 'ids': [int(x) for x in ids.split()]})
    train = [s for s in tuned if s['fold'] != 0]
    replay = [s for s in earlier if s['fold'] != 0]
    random.shuffle(replay)
    held = sorted([s for s in tuned + earlier if s['fold'] == 0], key=lambda s: len(s['ids']))
    model = SentenceModel(base)
    model.load_state_dict(torch.load(first))
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    started = time.time()
    for epoch in range(1, EPOCHS + 1):
        model.train()
        total = 0.0
        mixed = train + replay[(epoch - 1) * len(train):epoch * len(train)]
        for batch in batches(mixed):
            loss = nn.functional.cross_entropy(model(batch), torch.tensor([s['label'] for s in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item()
        print('epoch %d: %d sentences, loss %.1f (%.0f s)' % (epoch, len(mixed), total, time.time() - started), flush=True)
        torch.save(model.state_dict(), '%s-%d.pt' % (out, epoch))
        model.eval()
        with torch.no_grad(), open('%s.fold0-%d.tsv' % (out, epoch), 'w', encoding='utf-8') as f:
            for i in range(0, len(held), 64):
                batch = held[i:i + 64]
                for s, p in zip(batch, torch.softmax(model(batch), -1).tolist()):
                    f.write('%s\t%s\t%d\t%s\n' % (s['set'], s['id'], s['label'], ' '.join('%.5f' % x for x in p)))


if __name__ == '__main__':
    main(*sys.argv[1:7])
