import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { unboundedFields } from '@gongjian/http';
import { HealthController, MetricsController } from '@gongjian/runtime';
import { AuditModule } from '../apps/audit/src/audit.module';
import { MatchingModule } from '../apps/matching/src/matching.module';
import { MembersModule } from '../apps/members/src/members.module';
import { OrganizationsModule } from '../apps/organizations/src/organizations.module';
import { VolunteeringModule } from '../apps/volunteering/src/volunteering.module';

/** Every controller of the platform's modules (and the modules they import), as Nest would find them. */
function controllersOf(modules: Type[], seen = new Set<Type>()): Type[] {
  const out: Type[] = [];
  for (const module of modules) {
    if (!module || seen.has(module)) continue;
    seen.add(module);
    out.push(...((Reflect.getMetadata('controllers', module) as Type[] | undefined) ?? []));
    const imports = ((Reflect.getMetadata('imports', module) as unknown[] | undefined) ?? []).filter(
      (m): m is Type => typeof m === 'function',
    );
    out.push(...controllersOf(imports, seen));
  }
  return out;
}

interface Input {
  route: string;
  /** a DTO class the ValidationPipe validates, or a bare string the handler reads itself */
  dto?: Type;
  bare?: string;
}

/** What the ValidationPipe validates on every route: its `@Body()` and `@Query()` classes. */
function inputs(): Input[] {
  const out: Input[] = [];
  const controllers = [
    ...controllersOf([OrganizationsModule, MatchingModule, MembersModule, VolunteeringModule, AuditModule]),
    HealthController,
    MetricsController,
  ];
  for (const controller of controllers) {
    for (const handler of Object.getOwnPropertyNames(controller.prototype)) {
      const args: Record<string, { index: number; data?: unknown }> =
        Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {};
      const types: Type[] = Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? [];
      for (const [key, arg] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        if (kind !== RouteParamtypes.BODY && kind !== RouteParamtypes.QUERY) continue;
        const route = `${controller.name}.${handler}`;
        const type = types[arg.index];
        if (arg.data === undefined && type && type !== Object) out.push({ route, dto: type });
        else if (arg.data !== undefined) out.push({ route, bare: `${RouteParamtypes[kind]} ${String(arg.data)}` });
      }
    }
  }
  return out;
}

describe('every string field of every DTO has a length bound (issue 16 item 10)', () => {
  const all = inputs();

  it('finds the DTOs of the routes (the walk sees the platform)', () => {
    expect(new Set(all.map((i) => i.route)).size).toBeGreaterThan(40);
    expect(all.some((i) => i.dto?.name === 'PostNeedDto')).toBe(true);
  });

  it('has no unbounded string, string element or array in any body or query DTO', () => {
    const faults = all.flatMap((i) => (i.dto ? unboundedFields(i.dto).map((f) => `${i.dto!.name}.${f}`) : []));
    expect([...new Set(faults)].sort()).toEqual([]);
  });

  it('holds every other class with validation metadata to the rule too (DTOs validated by hand)', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Type, unknown> };
    const classes = [...storage.validationMetadatas.keys()];
    expect(classes.length).toBeGreaterThan(40);
    const faults = classes.flatMap((dto) => unboundedFields(dto).map((f) => `${dto.name}.${f}`));
    expect([...new Set(faults)].sort()).toEqual([]);
  });

  it('reads no body or query field outside a DTO (the pipe would not bound it)', () => {
    expect(all.filter((i) => i.bare).map((i) => `${i.route}: ${i.bare}`)).toEqual([]);
  });
});
