import { documentStoreContract } from './document-store.contract';
import { MemoryDocumentStore } from './memory.document-store';

documentStoreContract('memory', async () => new MemoryDocumentStore());
