/**
 * `namewright train <command>`: the embedded model's training, evaluation and shipping, one subcommand per
 * step (`npm run train:<command>` runs the same from source). Each command's code lives in
 * src/train/commands/<command>.ts and is loaded only when it runs; the flags are declared here, once.
 *
 *   namewright train targets   --split train --count 8 --pool 200          best-of-N targets from the pipeline
 *   namewright train base      --run base-s1 --steps 1000 ...               pretrain from scratch
 *   namewright train finetune  --run ft-s1 --base base-s1 [--full] [--ship] LoRA (default) or full fine-tune
 *   namewright train rs        --from ft-s1 --samples 32 --keep 4 ...        a rejection-sampling round's targets
 *   namewright train calibrate --run rs-s1 --reference ft-s1                  sampling temperature of a run
 *   namewright train eval      --tag v1 --n 500 --ft ft-s1 --rs rs-s1         paired model comparison
 *   namewright train card      --eval runs/eval-v1/summary.json              render experiments/.../RESULTS.md
 */
import type { Command } from "commander";
import type { Flags } from "./commands/args.js";

interface Flag {
  name: string;
  help: string;
  kind?: "value" | "switch" | "repeat";
}

interface TrainCommand {
  name: string;
  description: string;
  flags: Flag[];
  load: () => Promise<{ run(f: Flags): Promise<void> }>;
}

const v = (name: string, help: string): Flag => ({ name, help });
const threads = v("threads", "CPU threads of the native kernels");
const seed = v("seed", "random seed (default 1)");

const COMMANDS: TrainCommand[] = [
  {
    name: "targets",
    description:
      "fill training targets with the pipeline's best names (resumable); writes data/built/model-targets/<split>.jsonl",
    flags: [
      v("split", "train or val (default train)"),
      v("limit", "descriptions (default all)"),
      v("count", "names per description (default 8)"),
      v("pool", "candidates per description (default 200)"),
      seed,
    ],
    load: () => import("./commands/targets.js"),
  },
  {
    name: "base",
    description:
      "pretrain a model from scratch (tokenizer, corpus of descriptions, glosses and name lists); writes runs/<run>/",
    flags: [
      v("run", "run id"),
      v("corpus", "realistic (hand-written descriptions, expert name lists, associations; default) or template"),
      v("writers", "realistic corpus: comma-separated training writers (default: all training writers)"),
      seed,
      v("steps", "optimizer steps"),
      v("minutes", "wall-clock budget"),
      v("dim", "model width"),
      v("layers", "transformer blocks"),
      v("heads", "attention heads"),
      v("ffn", "MLP width"),
      v("vocab", "tokenizer vocabulary"),
      v("seq", "sequence length"),
      v("batch", "sequences per step"),
      v("lr", "peak learning rate"),
      v("glosses", "WordNet glosses in the corpus"),
      v("name-lists", "target name lists in the corpus"),
      v("eval-every", "steps between validations"),
      threads,
    ],
    load: () => import("./commands/base.js"),
  },
  {
    name: "finetune",
    description:
      "fine-tune a run on the task format: LoRA (default) or all weights (--full); --ship writes models/namewright-small",
    flags: [
      v("run", "run id"),
      v("corpus", "realistic (hand-written descriptions + expert references; default) or template"),
      v("writers", "realistic corpus: comma-separated training writers (default: all training writers)"),
      v("format", "prompt format of the realistic corpus: 3 (words) or 4 (words with copy slots); default 3"),
      v("base", "base run id"),
      v("base-file", "weights to start from (default: the base run's)"),
      seed,
      v("rank", "LoRA rank"),
      v("alpha", "LoRA alpha"),
      v("dropout", "LoRA dropout"),
      v("lr", "peak learning rate"),
      v("steps", "optimizer steps"),
      v("minutes", "wall-clock budget"),
      v("batch", "examples per step"),
      v("targets", "targets file (default data/built/model-targets/train.jsonl)"),
      v("names-per-example", "names per training example"),
      v("limit", "training descriptions"),
      v("val-limit", "validation descriptions"),
      v("eval-every", "steps between validations"),
      v("clip", "gradient clip norm"),
      v("patience", "validations without improvement before stopping"),
      v("keep", "best or last weights"),
      { name: "full", help: "train all weights instead of LoRA adapters", kind: "switch" },
      {
        name: "ship",
        help: "write the result to models/namewright-small and its run files to experiments/",
        kind: "switch",
      },
      threads,
    ],
    load: () => import("./commands/finetune.js"),
  },
  {
    name: "rs",
    description:
      "one rejection-sampling round: sample names, keep the best by the scorer, write the next round's targets",
    flags: [
      v("corpus", "realistic (hand-written training descriptions; default) or template"),
      v("writers", "realistic corpus: comma-separated training writers"),
      v(
        "scorer",
        "model-judge (fitted on blind labels of model names; default for realistic), learned (the learned judge) or rubric",
      ),
      v("from", "run to sample from"),
      v("limit", "descriptions"),
      v("samples", "names sampled per description"),
      v("keep", "names kept per description"),
      v("threshold", "lowest score kept"),
      v("max", "most names per description in the merged set"),
      seed,
      v("temperature", "sampling temperature"),
      v("top-p", "nucleus"),
      v("targets", "previous target set to merge with"),
      v("own", "1 = keep only the model's own names"),
      v("retries", "redraws per repeated row"),
      v("prefer", "score or rare: which passing samples first"),
      v("out", "folder for the round's files (default runs/<from>)"),
      threads,
    ],
    load: () => import("./commands/rs.js"),
  },
  {
    name: "calibrate",
    description:
      "the sampling temperature at which a run draws names as varied as a reference run; writes generation_config.json",
    flags: [
      v("run", "run to calibrate"),
      v("reference", "reference run"),
      v("n", "validation requests"),
      v("rows", "rows sampled per request"),
      v("decoding", "plain or product"),
      v("low", "lowest temperature tried"),
      v("high", "highest temperature tried"),
      v("out", "folder to write to (default runs/<run>)"),
      threads,
    ],
    load: () => import("./commands/calibrate.js"),
  },
  {
    name: "eval",
    description:
      "paired comparison of models and the lexical generator at equal candidate budgets (bootstrap CIs); writes runs/eval-<tag>/",
    flags: [
      v("tag", "evaluation tag"),
      v("n", "descriptions"),
      v("offset", "skip this many of the seeded order"),
      v("split", "test, val or test-reserve"),
      v("pool", "candidates per system"),
      v("base", "base run"),
      v("ft", "fine-tuned run"),
      v("rs", "rejection-sampling run"),
      v("ctl", "control run"),
      v("systems", "comma-separated systems"),
      seed,
      v("temperature", "one sampling temperature for every model"),
      v("top-p", "one nucleus for every model"),
      v("retries", "redraws per repeated row"),
      v("anchors", "words:free anchored rows"),
      v("oversample", "rows sampled per name returned"),
      { name: "model", help: "extra model as a system: key=run (repeatable)", kind: "repeat" },
      v("compare", "extra comparisons a:b,c:d"),
      threads,
    ],
    load: () => import("./commands/eval.js"),
  },
  {
    name: "card",
    description:
      "render experiments/namewright-small/RESULTS.md from an evaluation summary, the run lineage and a bench line",
    flags: [
      v("eval", "summary.json of a `train eval` run"),
      v("bench", "file holding the JSON line of `npm run bench -- model`"),
    ],
    load: () => import("./commands/card.js"),
  },
];

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerTrainCommands(program: Command): void {
  const train = program
    .command("train")
    .description("train, evaluate, calibrate and ship the embedded model (see src/train/cli.ts)");
  for (const spec of COMMANDS) {
    const cmd = train.command(spec.name).description(spec.description);
    for (const f of spec.flags) {
      if (f.kind === "switch") cmd.option(`--${f.name}`, f.help);
      else if (f.kind === "repeat") cmd.option(`--${f.name} <value>`, f.help, collect);
      else cmd.option(`--${f.name} <value>`, f.help);
    }
    cmd.action(async (opts: Record<string, string | boolean | string[] | undefined>) => {
      const flags: Flags = Object.fromEntries(spec.flags.map((f) => [f.name, opts[camel(f.name)]]));
      const { run } = await spec.load();
      await run(flags);
    });
  }
}
