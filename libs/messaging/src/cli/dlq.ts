/**
 * `npm run dlq -- <list|show|replay|discard> --group gongjian.matching [--id 0:12] [--note …] [--all] [--json]`
 * An operator's view of a consumer group's dead-letter topic (`gongjian.dlq.<group>`), with no
 * Kafka tools: what is parked and why, one message whole, replay it to its source topic, or
 * discard it with a note. Env: KAFKA_BROKERS (127.0.0.1:9092).
 */
import { parseArgs } from 'node:util';
import { type DeadLetterEntry, DeadLetterQueue } from '../dead-letters';

const USAGE =
  'usage: npm run dlq -- list|show|replay|discard --group <consumer group, e.g. gongjian.matching> ' +
  '[--id <partition:offset>] [--note <why>] [--all] [--json]';

function line(e: DeadLetterEntry): string {
  const state = e.handled ? `${e.handled.action} ${e.handled.at}` : 'parked';
  return `${e.id.padEnd(8)} ${state.padEnd(10)} ${(e.type ?? '?').padEnd(36)} ${e.at ?? ''}  ${e.reason}`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      id: { type: 'string' },
      note: { type: 'string', default: '' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  if (!values.group || !['list', 'show', 'replay', 'discard'].includes(command ?? '')) {
    console.error(USAGE);
    return 2;
  }
  if (command !== 'list' && !values.id) {
    console.error(`${command} needs --id <partition:offset> (see list)\n${USAGE}`);
    return 2;
  }
  if (command === 'discard' && !values.note) {
    console.error('discard needs --note <why> (it is kept beside the DLQ)');
    return 2;
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').filter(Boolean);
  const dlq = new DeadLetterQueue(brokers, values.group);
  const print = (out: unknown, text: string) => console.log(values.json ? JSON.stringify(out, null, 2) : text);
  switch (command) {
    case 'list': {
      const entries = (await dlq.list()).filter((e) => values.all || !e.handled);
      print(entries, entries.length ? entries.map(line).join('\n') : `nothing parked on gongjian.dlq.${values.group}`);
      return 0;
    }
    case 'show': {
      const entry = await dlq.show(values.id!);
      print(entry, `${line(entry)}\nheaders: ${JSON.stringify(entry.headers)}\nkey: ${entry.key}\n${entry.value}`);
      return 0;
    }
    case 'replay': {
      const entry = await dlq.replay(values.id!, values.note);
      print(entry, `replayed to ${entry.sourceTopic}: ${line(entry)}`);
      return 0;
    }
    default: {
      const entry = await dlq.discard(values.id!, values.note);
      print(entry, `discarded: ${line(entry)}`);
      return 0;
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`dlq: ${error.message}`);
    process.exit(1);
  },
);
