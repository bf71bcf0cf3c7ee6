/** GET /activities (apps/volunteering): the activities read model with its derived status. */
export interface Activity {
  id: string;
  orgId: string;
  communityId: string;
  title: string;
  description: string;
  category: string;
  place: string;
  startsAt: string;
  endsAt: string;
  slots: number;
  pointsPerHour: number;
  cancelled: boolean;
  cancelReason: string | null;
  /** the member ids: only for the organisers (issue 16 item 5); everyone sees the counts */
  signedUp?: string[];
  signedUpCount: number;
  attendance?: Array<{ memberId: string; hours: number; verifiedAt: string }>;
  attendanceCount: number;
  verifiedHours: number;
  /** a member account: whether it signed up, and the hours verified for it */
  self?: { memberId: string; signedUp: boolean; hours: number | null };
  openSlots: number;
  publishedAt: string;
  status: 'open' | 'full' | 'finished' | 'cancelled';
}

/** A date and time, short, in the person's locale. */
export const when = (iso: string) =>
  new Date(iso).toLocaleString(document.documentElement.lang || undefined, {
    dateStyle: 'short',
    timeStyle: 'short',
    hour12: false,
  });
