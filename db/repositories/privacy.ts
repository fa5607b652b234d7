// A member's own data (`mes-donnees`) and its erasure (`oubli`): see privacy-export.ts
// and privacy-erasure.ts.
import type { PrivacyRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { eraseMember, erasurePreview } from './privacy-erasure.ts';
import { exportMember } from './privacy-export.ts';

export function privacyRepository(db: Database): PrivacyRepository {
  return {
    exportMember: (networkId, memberId) => exportMember(db, networkId, memberId),
    erasurePreview: (networkId, memberId) => erasurePreview(db, networkId, memberId),
    eraseMember: (networkId, memberId, erasure) => eraseMember(db, networkId, memberId, erasure),
  };
}
