import { VolunteerDto } from '../volunteer.dto';

/** Who signs up: a member, a resident, or a social organisation with its headcount (exactly one). */
export class SignUpDto extends VolunteerDto {}
