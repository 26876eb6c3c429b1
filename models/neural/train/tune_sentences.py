"""Second stage of the sentence model: goes on from a state saved by train_sentences.py on labeled trip-report
sentences (the development half of src/test/resources/eval/sentences.tsv, as ExportSentences.java writes it),
folds 1-4 only, mixed with as many of the first stage's training sentences again (so that it does not forget
them). Fold 0 of both is never trained on: the model's probabilities for it are written to OUT.fold0-EPOCH.tsv.

Usage: python3 tune_sentences.py BASE.onnx FIRST.pt SENTENCES.tsv PIECES.tsv TRIP.tsv OUT
"""
import random, sys, time
import torch
from train_sentences import SentenceModel, read, read_exported, train_epoch, write_fold0

EPOCHS, LEARNING_RATE, SEED = 2, 2e-5, 1


def main(base, first, sentences, pieces, trip, out):
    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    random.seed(SEED)
    earlier = read(sentences, pieces)
    tuned = read_exported(trip)
    train = [s for s in tuned if s['fold'] != 0]
    replay = [s for s in earlier if s['fold'] != 0]
    random.shuffle(replay)
    held = sorted([s for s in tuned + earlier if s['fold'] == 0], key=lambda s: len(s['ids']))
    model = SentenceModel(base)
    model.load_state_dict(torch.load(first))
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    started = time.time()
    for epoch in range(1, EPOCHS + 1):
        mixed = train + replay[(epoch - 1) * len(train):epoch * len(train)]
        total = train_epoch(model, optimiser, mixed)
        print('epoch %d: %d sentences, loss %.1f (%.0f s)' % (epoch, len(mixed), total, time.time() - started), flush=True)
        torch.save(model.state_dict(), '%s-%d.pt' % (out, epoch))
        write_fold0(model, held, '%s.fold0-%d.tsv' % (out, epoch))


if __name__ == '__main__':
    main(*sys.argv[1:7])
