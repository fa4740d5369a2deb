import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { AuditRow } from "../../sources/registry/tables.js";
import { Role } from "../common/viewer.js";

/** One unmasked read of personal data. */
@ObjectType({ simpleResolvers: true, description: "One read of personal data in full (个人信息处理记录): who, when, in which role, through which operation, what and why." })
export class AuditRecord {
  @Field(() => ID, { description: "Record number." })
  id!: string;

  @Field(() => Date, { description: "When it was read." })
  at!: AuditRow["at"];

  @Field(() => String, { description: "The token's subject of the reader." })
  subject!: AuditRow["subject"];

  @Field(() => Role, { description: "The reader's role." })
  role!: AuditRow["role"];

  @Field(() => String, { nullable: true, description: "Name of the GraphQL operation that read it." })
  operation!: AuditRow["operation"];

  @Field(() => String, { description: "Type of the object read, e.g. GridWorker." })
  entity!: AuditRow["entity"];

  @Field(() => ID, { description: "Global id of the object read." })
  entityId!: AuditRow["entityId"];

  @Field(() => String, { description: "The field read in full, e.g. phone." })
  field!: AuditRow["field"];

  @Field(() => String, { nullable: true, description: "Purpose the reader gave in X-Purpose (处理目的)." })
  purpose!: AuditRow["purpose"];
}

@InputType({ description: "Which audit records to list (all conditions must hold)." })
export class AuditLogFilter {
  @IsOptional()
  @MaxLength(200)
  @Field(() => String, { nullable: true, description: "Only this reader (token subject)." })
  subject?: string | null;

  @IsOptional()
  @MaxLength(40)
  @Field(() => String, { nullable: true, description: "Only reads of this object type." })
  entity?: string | null;

  @Field(() => Date, { nullable: true, description: "Read at or after this time." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Read before this time." })
  to?: Date | null;
}
