export * from './roles';
export * from './policy';
export * from './jwt-auth.guard';
export * from './jwt-keys';
export * from './credentials';
export * from './org-directory.projection';
export * from './org-tree';
export * from './member-ids';
