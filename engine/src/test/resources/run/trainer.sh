#!/bin/sh
# A small trainer: three epochs, a metric line per epoch, metrics.json and a model file.
set -e
mkdir -p model
for epoch in 1 2 3; do
    loss="0.$((9 - epoch * 2))"
    echo "epoch=$epoch loss=$loss"
    printf '{"epoch": %s, "loss": %s}\n' "$epoch" "$loss" >> history.jsonl
done
printf '{"loss": 0.3, "accuracy": 0.91}\n' > metrics.json
printf 'weights of epoch 3\n' > model/weights.bin
echo "warning: deprecated flag" >&2
echo "trained with lr=${LEARNING_RATE:-unset} on ${CUDA_VISIBLE_DEVICES:-no GPU}"
