#!/usr/bin/env bash
# Rebuilds models/neural/sentences-minilm.onnx (about 25 minutes on 2 cores).
# Needs: the reportstats jar (./reportstats builds it), Maven, Debian's python3-torch and python3-onnx
# (apt-get install python3-torch python3-onnx), and the VADER ground truth in ../shared/eval/vader beside the
# project (or VADER_DATA=DIR). Only the development halves are read. The base model comes from Maven Central.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
vader="${VADER_DATA:-$root/../shared/eval/vader}"
[ -d "$vader" ] || { echo "no VADER ground truth at $vader (set VADER_DATA)" >&2; exit 2; }

build_jar
echo "1/5 base model $base_artifact from Maven Central"
fetch_base

echo "2/5 training sentences as the model reads them (development halves only)"
java -cp target/reportstats.jar "$here/ExportSentences.java" "$work/sentences.tsv" "$vader/tweets_GroundTruth.txt" \
  "$vader/nytEditorialSnippets_GroundTruth.txt" "$vader/movieReviewSnippets_GroundTruth.txt" \
  "$vader/amazonReviewSnippets_GroundTruth.txt"
java -cp target/reportstats.jar "$here/ExportSentences.java" "$work/trip.tsv" "$eval_dir/sentences.tsv"
export_pieces "$work/pieces.tsv"

echo "3/5 fine-tuning on VADER's development halves and trip-report sentences (2 epochs)"
(cd "$here" && "$python" train_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/sentences.tsv" "$work/pieces.tsv" "$work/sent")

echo "4/5 second stage on the labeled trip-report sentences (2 epochs)"
(cd "$here" && "$python" tune_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/sent-2.pt" "$work/sentences.tsv" \
  "$work/pieces.tsv" "$work/trip.tsv" "$work/tuned")

echo "5/5 export with int8 weights"
(cd "$here" && "$python" export_sentences.py "$work/all-minilm-l6-v2.onnx" "$work/tuned-2.pt" "$root/models/neural/sentences-minilm.onnx")
echo "done: rebuild the jar (./reportstats does it) and run 'reportstats eval sentiment' on the held-out halves"
