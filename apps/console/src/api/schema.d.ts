/**
 * Generated from the OpenAPI document (/api/v1/docs-json) by scripts/api-types.js with
 * openapi-typescript: do not edit. `npm run api-types` (or any console build) writes it again.
 */
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health.health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health.live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Metrics.scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModels.names"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModels.list"];
        put?: never;
        post: operations["ReadModels.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/replays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModels.replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/replays/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReadModels.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/replays/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReadModels.swap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModels.asOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/read-models/streams/{streamId}/effects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadModels.effects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportOrganizations.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/organizations/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportOrganizations.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportUnits.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/units/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportUnits.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/organizations.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportOrganizations.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/units.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportUnits.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/sites.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportSites.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListOrganizations.list"];
        put?: never;
        post: operations["RegisterOrganization.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListOrganizations.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationTree.subtree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RenameOrganization.rename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MoveOrganization.move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DissolveOrganization.dissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListUnits.list"];
        put?: never;
        post: operations["RegisterUnit.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListUnits.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EditUnit.edit"];
        trace?: never;
    };
    "/api/v1/units/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitContributions.contributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPairings.list"];
        put?: never;
        post: operations["EstablishPairing.establish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmPairing.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairings/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeclinePairing.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairings/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WithdrawPairing.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPairings.get"];
        put?: never;
        post?: never;
        delete: operations["EndPairing.end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JoinJointMeeting.join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting/members/{unitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmMembership.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting/members/{unitId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeclineMembership.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting/members/{unitId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WithdrawMembership.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting/members/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["LeaveJointMeeting.leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/joint-meeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetJointMeeting.jointMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/part-time-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPartTimeMembers.partTimeMembers"];
        put?: never;
        post: operations["AppointPartTimeMember.appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/part-time-members/{appointmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EndAppointment.end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListServiceSites.list"];
        put?: never;
        post: operations["OpenServiceSite.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-sites/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RateServiceSite.rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListServiceSites.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListAccounts.list"];
        put?: never;
        post: operations["CreateAccount.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListAccounts.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{username}/login-attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LoginAttempts.loginAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DisableAccount.disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{username}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnableAccount.enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{username}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ResetPassword.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{username}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UnlockAccount.unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Login.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangePassword.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPartyOrganizations.list"];
        put?: never;
        post: operations["FormPartyOrganization.form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListPartyOrganizations.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RenamePartyOrganization.rename"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeCoverage.change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DissolvePartyOrganization.dissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AddGroupMember.add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party-organizations/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["RemoveGroupMember.remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/grid-role-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetGridRoles.roleList"];
        put?: never;
        post: operations["SetGridRoleList.set"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/grid-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetGridRoles.roster"];
        put?: never;
        post: operations["AssignGridRole.assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/grid-roles/{assignmentId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EndGridRole.end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/me/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyGrids.mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListHouseholds.list"];
        put?: never;
        post: operations["RegisterHousehold.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListHouseholds.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListHouseholdUnits.list"];
        put?: never;
        post: operations["FormHouseholdUnit.form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListHouseholdUnits.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["JoinHouseholdUnit.join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units/{id}/households/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["LeaveHouseholdUnit.leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units/{id}/rota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssignRota.assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-units/{id}/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordDuty.record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/central-households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListCentralHouseholds.list"];
        put?: never;
        post: operations["DesignateCentralHousehold.designate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/central-households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListCentralHouseholds.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/central-households/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeCentralHouseholds.change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/central-households/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RevokeCentralHousehold.revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListNeeds.list"];
        put?: never;
        post: operations["PostNeed.post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelNeed.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListNeeds.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EditNeed.edit"];
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListOffers.list"];
        put?: never;
        post: operations["PostOffer.post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListOffers.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["EditOffer.edit"];
        trace?: never;
    };
    "/api/v1/offers/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WithdrawOffer.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RunMatching.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetRun.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/runs/{runId}/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetRun.pairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProposals.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProposals.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AcceptProposal.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RejectProposal.reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProjects.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProjects.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StartProject.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CompleteProject.complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EvaluateProject.evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Summary.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportNeeds.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/needs/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportNeeds.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/needs.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportNeeds.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportOffers.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/offers/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportOffers.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/offers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportOffers.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/projects.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportProjects.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matching/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Todo.todo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ImportMembers.import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/members/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportMembers.template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/members.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportMembers.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/ledger.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportLedger.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListMembers.list"];
        put?: never;
        post: operations["RegisterMember.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetOwnRecord.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/me/account-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListAccountProposals.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/me/account/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmAccountLink.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/community-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListCommunityReports.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetMember.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReadPersonalData.read"];
        put?: never;
        post?: never;
        delete: operations["ErasePersonalData.erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TransferMember.transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/transfer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AcceptTransfer.accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/transfer/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeclineTransfer.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/transfer/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelTransfer.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ChangeStatus.change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/community-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportToCommunity.report"];
        delete: operations["WithdrawReport.withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/community-report/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmReport.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/community-report/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DeclineReport.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/community-report/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelReport.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["LinkAccount.link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetPointsRules.rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetLedger.ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedeemPoints.redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}/pioneer-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetPioneerIndex.index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pioneer-index/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetLeaderboard.leaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/activities.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportActivities.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListActivities.list"];
        put?: never;
        post: operations["PublishActivity.publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SummariseHours.summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListOwnActivities.mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListActivities.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SignUp.signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/signups/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CancelSignUp.cancelSignUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CancelActivity.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordAttendance.attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetCheckInCode.code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CheckIn.checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CheckIn.checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListResidents.me"];
        put?: never;
        post: operations["RegisterSelf.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListResidents.list"];
        put?: never;
        post: operations["RegisterResident.register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListResidents.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/consent/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WithdrawConsent.withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListWishes.list"];
        put?: never;
        post: operations["PostWish.post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListWishes.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClaimWish.claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReleaseWish.release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FulfilWish.fulfil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-wishes/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConfirmWish.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListTeams.listTeams"];
        put?: never;
        post: operations["FormTeam.form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListTeams.getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AddTeamMember.addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["RemoveTeamMember.removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListRotations.listRotations"];
        put?: never;
        post: operations["PublishRotation.publishRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rotations/{orgId}/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListRotations.getRotation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListContributions.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListFunds.list"];
        put?: never;
        post: operations["OpenFund.open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListFunds.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListFunds.allocations"];
        put?: never;
        post: operations["RequestAllocation.request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/allocations/{allocationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListFunds.allocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/spendings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListFunds.spendings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundLedger.accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FundLedger.journal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/allocations/{allocationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DecideAllocation.approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/allocations/{allocationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DecideAllocation.reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordContribution.record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Receipts.upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/receipts/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Receipts.download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/allocations/{allocationId}/spendings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordSpending.record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funds/{id}/spendings/{spendingId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RecordSpending.reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListMicroProjects.list"];
        put?: never;
        post: operations["MicroProjectCommands.propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-projects/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MicroProjectCommands.complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-projects/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MicroProjectCommands.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListMicroProjects.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListEvents.events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TraceEvent.event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StreamHistory.stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SearchStreams.search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/as-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AsOf.asOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CheckIntegrity.integrity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportTrail.export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ListProjections.projections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Replays.list"];
        put?: never;
        post: operations["Replays.start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/replays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Replays.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/replays/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Replays.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/replays/{id}/swap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Replays.swap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            /** @example 400 */
            statusCode: number;
            /**
             * @description a stable code: the status as a code (`bad_request`, `not_found`), or the rule that refused (`insufficient_points`, `precondition_failed`)
             * @example bad_request
             */
            error: string;
            /** @example validation failed: quantity.amount */
            message: string;
            details?: {
                /** @example quantity.amount */
                field: string;
                messages: string[];
            }[] | {
                field?: string;
            };
        };
        StartReplayDto: {
            projection: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            until?: string;
        };
        Replay: {
            id: string;
            projection: string;
            until: string | null;
            /** @enum {string} */
            status: "running" | "completed" | "cancelled" | "failed";
            startedBy: {
                accountId: string;
                role: string;
                orgId: string | null;
            };
            /** @description an ISO 8601 date or date-time */
            startedAt: string;
            finishedAt: string | null;
            progress: {
                done: number;
                total: number;
                eventsPerSecond: number;
                etaSeconds: number | null;
            };
            documents: number | null;
            differences: {
                documentId: string;
                /** @enum {string} */
                kind: "missing" | "extra" | "different";
                fields: {
                    field: string;
                    /** @description the value before */
                    before: unknown;
                    /** @description the value after */
                    after: unknown;
                }[];
            }[] | null;
            chainBreaks: {
                streamId: string;
                streamRevision: number;
                eventId: string;
                /** @enum {string} */
                reason: "hash_mismatch" | "prev_hash_mismatch" | "revision_gap";
            }[];
            swappedAt: string | null;
            error: string | null;
        };
        /** @description position and at are not given together; one of at, position is required. */
        ReadModelAsOfQuery: {
            projection: string;
            communityId?: string;
            unitId?: string;
            orgId?: string;
            status?: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            at?: string;
            position?: number;
        } & (unknown & (unknown | unknown));
        /** @description position and at are not given together. */
        OptionalMomentQuery: {
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            at?: string;
            position?: number;
        };
        ImportReport: {
            importId: string;
            created: number;
            updated: number;
            unchanged: number;
            rejected: {
                row: number;
                field: string;
                message: string;
                /** @description the column's Chinese header */
                column?: string;
            }[];
            dryRun: boolean;
            applied: boolean;
        };
        RegisterOrganizationDto: {
            name: string;
            /** @enum {string} */
            kind: "district" | "street" | "community" | "grid" | "building";
            parentId?: string;
            code?: string;
        };
        Organization: {
            id: string;
            version: number;
            name: string;
            /** @enum {string} */
            status: "active" | "dissolved";
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @enum {string} */
            kind: "district" | "street" | "community" | "grid" | "building";
            parentId: string | null;
            lineage?: string[];
            /** @description 编码: the office's own code of the item */
            code?: string;
        };
        OrganizationTree: {
            id: string;
            version: number;
            name: string;
            /** @enum {string} */
            status: "active" | "dissolved";
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @enum {string} */
            kind: "district" | "street" | "community" | "grid" | "building";
            parentId: string | null;
            children: components["schemas"]["OrganizationTree"][];
            units: components["schemas"]["Unit"][];
            lineage?: string[];
            /** @description 编码: the office's own code of the item */
            code?: string;
            counts?: {
                organizations: number;
                units: number;
                members: number;
                openNeeds: number;
            };
        };
        Unit: {
            id: string;
            version: number;
            name: string;
            /** @enum {string} */
            status: "active" | "dissolved";
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @constant */
            kind: "unit";
            parentId: string;
            /** @enum {string} */
            sector: "party_government" | "public_institution" | "state_enterprise" | "private_enterprise" | "social_organization" | "other";
            lineage?: string[];
            /** @description 编码: the office's own code of the item */
            code?: string;
        };
        RenameOrganizationDto: {
            name: string;
        };
        MoveOrganizationDto: {
            parentId: string;
        };
        RegisterUnitDto: {
            name: string;
            /** @enum {string} */
            sector: "party_government" | "public_institution" | "state_enterprise" | "private_enterprise" | "social_organization" | "other";
            locatedIn: string;
            code?: string;
        };
        EditUnitDto: {
            name?: string;
            /** @enum {string} */
            sector?: "party_government" | "public_institution" | "state_enterprise" | "private_enterprise" | "social_organization" | "other";
            locatedIn?: string;
        };
        EstablishPairingDto: {
            unitId: string;
            orgId: string;
        };
        Pairing: {
            id: string;
            version: number;
            unitId: string;
            orgId: string;
            /** @enum {string} */
            status: "proposed" | "active" | "ended" | "declined" | "withdrawn";
            proposedBy: ("unit" | "organization") | null;
            proposedOn: string | null;
            establishedOn: string | null;
            endedOn: string | null;
            history: {
                /** @enum {string} */
                step: "proposed" | "established" | "declined" | "withdrawn" | "ended";
                /** @description an ISO 8601 date or date-time */
                at: string;
                by: string;
            }[];
        };
        JoinDto: {
            unitId: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            joinedOn?: string;
        };
        JointMeeting: {
            orgId: string;
            version: number;
            members: {
                unitId: string;
                /** @description an ISO 8601 date or date-time */
                joinedOn: string;
                leftOn: string | null;
                /** @enum {string} */
                status: "active" | "left";
            }[];
            pending: {
                unitId: string;
                /** @enum {string} */
                proposedBy: "unit" | "organization";
                /** @description an ISO 8601 date or date-time */
                proposedOn: string;
                joinedOn: string | null;
            }[];
        };
        LeaveDto: {
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            leftOn?: string;
        };
        AppointDto: {
            unitId: string;
            personName: string;
            position: string;
            term: components["schemas"]["TermDto"];
        };
        TermDto: {
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            from: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            to: string;
        };
        PartTimeMembers: {
            orgId: string;
            items: {
                appointmentId: string;
                unitId: string;
                personName: string;
                position: string;
                term: {
                    /** @description an ISO 8601 date or date-time */
                    from: string;
                    /** @description an ISO 8601 date or date-time */
                    to: string;
                };
                endedOn: string | null;
            }[];
        };
        OpenSiteDto: {
            orgId: string;
            name: string;
            /** @enum {string} */
            level: "centre" | "station" | "point";
            address?: string;
        };
        ServiceSite: {
            id: string;
            version: number;
            orgId: string;
            name: string;
            /** @enum {string} */
            level: "centre" | "station" | "point";
            address: string;
            ratings: {
                year: number;
                stars: number;
                reason: string;
                ratedBy: string;
            }[];
            currentStars: number | null;
        };
        RateSiteDto: {
            year: number;
            stars: number;
            reason: string;
        };
        CreateAccountDto: {
            username: string;
            password: string;
            /** @enum {string} */
            role: "district_admin" | "street_admin" | "community_admin" | "unit_contact" | "member" | "auditor" | "resident" | "grid_worker";
            orgId: string;
            displayName?: string;
        };
        Account: {
            id: string;
            username: string;
            version: number;
            displayName: string;
            /** @enum {string} */
            role: "district_admin" | "street_admin" | "community_admin" | "unit_contact" | "member" | "auditor" | "resident" | "grid_worker";
            orgId: string | null;
            /** @description an ISO 8601 date or date-time */
            createdAt: string;
            disabled: boolean;
            disabledReason: ("by_admin" | "organization_dissolved") | null;
            disabledAt: string | null;
            mustChangePassword: boolean;
            passwordChangedAt: string | null;
            lastSignIn: {
                /** @description an ISO 8601 date or date-time */
                at: string;
                address: string | null;
            } | null;
            loginThrottle: {
                recentFailures: number;
                throttledAddresses: number;
                lastFailureAt: string | null;
            };
        };
        ResetPasswordDto: {
            temporaryPassword: string;
        };
        LoginDto: {
            username: string;
            password: string;
        };
        ChangePasswordDto: {
            current: string;
            next: string;
        };
        FormPartyOrganizationDto: {
            /** @enum {string} */
            kind: "branch" | "party_group";
            name: string;
            parentId: string;
            covers: string[];
            code?: string;
        };
        PartyOrganization: {
            id: string;
            version: number;
            /** @enum {string} */
            kind: "branch" | "party_group";
            name: string;
            parentId: string;
            covers: string[];
            /** @enum {string} */
            status: "active" | "dissolved";
            /** @description an ISO 8601 date or date-time */
            formedAt: string;
            formation: ("single" | "joint") | null;
            members: number;
            groups: number;
            lineage: string[];
            actions: ("rename" | "change_coverage" | "dissolve" | "form_group" | "seat_member")[];
            /** @description 编码: the office's own code of the item */
            code?: string;
            memberIds?: string[];
        };
        RenamePartyOrganizationDto: {
            name: string;
        };
        ChangeCoverageDto: {
            covers: string[];
        };
        AddGroupMemberDto: {
            memberId: string;
        };
        GridRoleList: {
            districtId: string | null;
            roles: {
                code: string;
                name: string;
            }[];
            isDefault: boolean;
            staff: {
                code: string;
                name: string;
            }[];
        };
        SetGridRoleListDto: {
            roles: components["schemas"]["GridRoleEntryDto"][];
        };
        GridRoleEntryDto: {
            code: string;
            name: string;
        };
        GridRoster: {
            gridId: string;
            version: number;
            roles: {
                code: string;
                name: string;
            }[];
            actions: ("assign" | "end")[];
            terms: {
                assignmentId: string;
                role: string;
                roleName: string;
                holder: {
                    /** @enum {string} */
                    kind: "member" | "resident";
                    memberId: string | null;
                    name: string | null;
                };
                accountId: string | null;
                /** @description an ISO 8601 date or date-time */
                startsOn: string;
                endsOn: string | null;
                running: boolean;
            }[];
        };
        /** @description memberId and residentName are not given together; residentName and memberId are not given together; one of residentName, memberId is required. */
        AssignGridRoleDto: {
            role: string;
            memberId?: string;
            residentName?: string;
            accountId?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
        } & (unknown & unknown & (unknown | unknown));
        EndGridRoleDto: {
            /** Format: date */
            endsOn: string;
        };
        MyGrids: {
            items: {
                gridId: string;
                name: string;
                communityId: string;
                terms: {
                    assignmentId: string;
                    role: string;
                    roleName: string;
                    /** @description an ISO 8601 date or date-time */
                    startsOn: string;
                    endsOn: string | null;
                }[];
            }[];
        };
        RegisterHouseholdDto: {
            label: string;
            areaId: string;
        };
        Household: {
            id: string;
            version: number;
            label: string;
            areaId: string;
            gridId: string;
            communityId: string;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
        };
        FormHouseholdUnitDto: {
            name: string;
            areaId: string;
            householdIds: string[];
        };
        HouseholdUnit: {
            id: string;
            version: number;
            name: string;
            areaId: string;
            gridId: string;
            communityId: string;
            /** @description an ISO 8601 date or date-time */
            formedOn: string;
            households: {
                householdId: string;
                label: string;
                /** @description an ISO 8601 date or date-time */
                joinedOn: string;
                lastServed: string | null;
            }[];
            left: {
                householdId: string;
                label: string;
                /** @description an ISO 8601 date or date-time */
                joinedOn: string;
                /** @description an ISO 8601 date or date-time */
                leftOn: string;
            }[];
            rota: {
                /** @description a calendar month, 2027-03 */
                month: string;
                householdId: string;
                label: string;
                duties: {
                    dutyId: string;
                    /** @enum {string} */
                    duty: "environment" | "safety" | "hardship" | "prosperity" | "civility";
                    description: string;
                    /** @description an ISO 8601 date or date-time */
                    on: string;
                }[];
            }[];
            size: number;
            undersized: boolean;
            nextOnDuty: string | null;
        };
        JoinHouseholdUnitDto: {
            householdId: string;
        };
        AssignRotaDto: {
            month?: string;
        };
        RecordDutyDto: {
            month?: string;
            /** @enum {string} */
            duty: "environment" | "safety" | "hardship" | "prosperity" | "civility";
            description: string;
            /** Format: date */
            on: string;
        };
        DesignateCentralHouseholdDto: {
            memberId: string;
            householdIds: string[];
        };
        CentralHousehold: {
            id: string;
            memberId: string;
            version: number;
            name: string | null;
            branchId: string;
            communityId: string;
            /** @enum {string} */
            status: "active" | "revoked";
            /** @description an ISO 8601 date or date-time */
            designatedOn: string;
            revokedOn: string | null;
            revokedFor: ("revoked" | "transferred") | null;
            households: {
                householdId: string;
                label: string;
                areaId: string;
            }[];
        };
        ChangeCentralHouseholdsDto: {
            householdIds: string[];
        };
        PostNeedDto: {
            communityId: string;
            gridId?: string;
            title: string;
            description?: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            tags?: string[];
            quantity: components["schemas"]["QuantityDto"];
            window: components["schemas"]["WindowDto"];
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            code?: string;
        };
        QuantityDto: {
            amount: number;
            /** @enum {string} */
            unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
        };
        WindowDto: {
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            from: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            to: string;
        };
        Need: {
            id: string;
            version: number;
            communityId: string;
            gridId: string | null;
            title: string;
            description: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            tags: string[];
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            window: {
                /** @description an ISO 8601 date or date-time */
                from: string;
                /** @description an ISO 8601 date or date-time */
                to: string;
            };
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            /** @enum {string} */
            status: "open" | "partially_matched" | "matched" | "fulfilled" | "cancelled" | "expired";
            remaining: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            /** @description an ISO 8601 date or date-time */
            postedAt: string;
            postedBy: string;
            /** @description an ISO 8601 date or date-time */
            updatedAt: string;
            communityName: string | null;
            gridName: string | null;
            /** @description edit (open), cancel (open or partly matched): an admin over its community */
            actions: ("edit" | "cancel")[];
            cancelReason?: string;
            /** @description an ISO 8601 date or date-time */
            expiredAt?: string;
            served?: number;
            /** @description 编码: the office's own code of the item */
            code?: string;
        };
        CancelNeedDto: {
            reason?: string;
        };
        EditNeedDto: {
            title?: string;
            description?: string;
            tags?: string[];
            quantity?: components["schemas"]["QuantityDto"];
            window?: components["schemas"]["WindowDto"];
            /** @enum {string} */
            urgency?: "low" | "normal" | "high" | "critical";
        };
        PostOfferDto: {
            unitId: string;
            title: string;
            description?: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            tags?: string[];
            capacity: components["schemas"]["QuantityDto"];
            window: components["schemas"]["WindowDto"];
            serviceArea: string[];
            code?: string;
        };
        Offer: {
            id: string;
            version: number;
            unitId: string;
            title: string;
            description: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            tags: string[];
            capacity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            window: {
                /** @description an ISO 8601 date or date-time */
                from: string;
                /** @description an ISO 8601 date or date-time */
                to: string;
            };
            serviceArea: string[];
            /** @enum {string} */
            status: "open" | "partially_reserved" | "reserved" | "withdrawn" | "expired";
            remaining: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            /** @description an ISO 8601 date or date-time */
            postedAt: string;
            postedBy: string;
            /** @description an ISO 8601 date or date-time */
            updatedAt: string;
            unitName: string | null;
            /** @description edit (open), withdraw (until withdrawn or expired): its unit */
            actions: ("edit" | "withdraw")[];
            withdrawReason?: string;
            /** @description an ISO 8601 date or date-time */
            expiredAt?: string;
            /** @description 编码: the office's own code of the item */
            code?: string;
        };
        EditOfferDto: {
            title?: string;
            description?: string;
            tags?: string[];
            capacity?: components["schemas"]["QuantityDto"];
            window?: components["schemas"]["WindowDto"];
            serviceArea?: string[];
        };
        WithdrawOfferDto: {
            reason?: string;
        };
        StartRunDto: {
            scopeOrgId: string;
        };
        RunResult: {
            runId: string;
            proposals: {
                id: string;
                needId: string;
                offerId: string;
                quantity: {
                    amount: number;
                    /** @enum {string} */
                    unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
                };
                score: number;
                breakdown: {
                    base: number;
                    tags: number;
                    proximity: number;
                    pairing: number;
                    urgency: number;
                    window: number;
                    evaluation: number;
                };
            }[];
            stats: {
                needs: number;
                offers: number;
                eligiblePairs: number;
                assignedQuantity: number;
                objective: number;
                millis: number;
            };
            unmatched: {
                needId: string;
                excludedBy: {
                    [key: string]: number;
                };
                need: components["schemas"]["NeedSummary"] | null;
            }[];
        };
        NeedSummary: {
            title: string;
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            remaining: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            window: {
                /** @description an ISO 8601 date or date-time */
                from: string;
                /** @description an ISO 8601 date or date-time */
                to: string;
            };
            /** @enum {string} */
            urgency: "low" | "normal" | "high" | "critical";
            /** @enum {string} */
            status: "open" | "partially_matched" | "matched" | "fulfilled" | "cancelled" | "expired";
            communityName: string | null;
            gridName: string | null;
        };
        Run: {
            id: string;
            version: number;
            scopeOrgId: string;
            weights: {
                [key: string]: number;
            };
            /** @enum {string} */
            status: "recording" | "completed";
            parts: number;
            startedBy: string;
            /** @description an ISO 8601 date or date-time */
            startedAt?: string;
            /** @description an ISO 8601 date or date-time */
            completedAt?: string;
            stats?: {
                needs: number;
                offers: number;
                eligiblePairs: number;
                assignedQuantity: number;
                objective: number;
                millis: number;
            };
            unmatched?: {
                needId: string;
                excludedBy: {
                    [key: string]: number;
                };
            }[];
            capacities?: {
                [key: string]: number;
            };
            proposalIds?: string[];
        };
        Proposal: {
            id: string;
            version: number;
            runId: string | null;
            scopeOrgId: string;
            needId: string;
            offerId: string;
            communityId: string;
            unitId: string;
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            score: number;
            breakdown: {
                base: number;
                tags: number;
                proximity: number;
                pairing: number;
                urgency: number;
                window: number;
                evaluation: number;
            };
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected" | "superseded" | "closed";
            acceptedBy: ("community" | "unit")[];
            /** @description an ISO 8601 date or date-time */
            createdAt: string;
            /** @description an ISO 8601 date or date-time */
            updatedAt: string;
            communityName: string | null;
            unitName: string | null;
            need: components["schemas"]["NeedSummary"] | null;
            offer: components["schemas"]["OfferSummary"] | null;
            /** @description accept (until that side has) and reject a pending proposal, for each side the caller may act for */
            actions: ("accept_community" | "reject_community" | "accept_unit" | "reject_unit")[];
            explanation?: {
                breakdown: {
                    base: number;
                    tags: number;
                    proximity: number;
                    pairing: number;
                    urgency: number;
                    window: number;
                    evaluation: number;
                };
                weights: {
                    [key: string]: number;
                };
                alternatives: {
                    offerId: string;
                    score: number;
                    breakdown: {
                        base: number;
                        tags: number;
                        proximity: number;
                        pairing: number;
                        urgency: number;
                        window: number;
                        evaluation: number;
                    };
                    assigned: number;
                    /** @enum {string} */
                    whyNot: "also_assigned" | "capacity_used_elsewhere" | "lower_score" | "need_already_covered";
                    offer?: components["schemas"]["OfferSummary"] | null;
                }[];
                alternativesTotal: number;
                excludedBy: {
                    [key: string]: number;
                } | null;
            };
            projectId?: string;
            supersededBy?: string;
            rejected?: {
                side: string;
                reason: string;
            };
            /** @enum {string} */
            closedBecause?: "need_cancelled" | "need_expired" | "offer_withdrawn" | "offer_expired";
        };
        OfferSummary: {
            title: string;
            capacity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            remaining: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            window: {
                /** @description an ISO 8601 date or date-time */
                from: string;
                /** @description an ISO 8601 date or date-time */
                to: string;
            };
            /** @enum {string} */
            status: "open" | "partially_reserved" | "reserved" | "withdrawn" | "expired";
            unitName: string | null;
        };
        AcceptDto: {
            /** @enum {string} */
            side?: "community" | "unit";
        };
        RejectDto: {
            reason?: string;
            /** @enum {string} */
            side?: "community" | "unit";
        };
        Project: {
            id: string;
            version: number;
            proposalId: string;
            needId: string;
            offerId: string;
            communityId: string;
            unitId: string;
            title: string;
            quantity: {
                amount: number;
                /** @enum {string} */
                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
            };
            /** @enum {string} */
            status: "planned" | "in_progress" | "completed";
            /** @description an ISO 8601 date or date-time */
            createdAt: string;
            startedAt: string | null;
            completedAt: string | null;
            report: string | null;
            evaluations: {
                score: number;
                comment: string;
                by: string;
                /** @description an ISO 8601 date or date-time */
                at: string;
            }[];
            meanScore: number | null;
            participantCount: number;
            communityName: string | null;
            unitName: string | null;
            /** @description start (planned) and complete (in progress): either side; evaluate (completed, not yet rated): its community */
            actions: ("start" | "complete" | "evaluate")[];
            participantMemberIds?: string[];
        };
        CompleteProjectDto: {
            report?: string;
            participantMemberIds?: string[];
        };
        EvaluateProjectDto: {
            score: number;
            comment?: string;
        };
        MatchingTodo: {
            side: ("community" | "unit") | null;
            openNeeds: {
                total: number;
                items: components["schemas"]["Need"][];
            } | null;
            awaiting: {
                total: number;
                items: components["schemas"]["Proposal"][];
            } | null;
            toStart: {
                total: number;
                items: components["schemas"]["Project"][];
            } | null;
            toComplete: {
                total: number;
                items: components["schemas"]["Project"][];
            } | null;
            toEvaluate: {
                total: number;
                items: components["schemas"]["Project"][];
            } | null;
            myOffers: {
                total: number;
                items: components["schemas"]["Offer"][];
            } | null;
        };
        RegisterMemberDto: {
            name: string;
            phone: string;
            idNumber?: string;
            address?: string;
            branchId: string;
            /** Format: date */
            joinedPartyOn: string;
            employerUnitId?: string;
            code?: string;
        };
        Member: {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "full";
            branchId: string;
            branchHistory: {
                branchId: string;
                /** @description an ISO 8601 date or date-time */
                since: string;
                by: string;
            }[];
            transfers: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            /** @description an ISO 8601 date or date-time */
            joinedPartyOn: string;
            employerUnitId: string | null;
            inService: boolean;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            statusHistory: {
                /** @enum {string} */
                status: "normal" | "floating" | "lost_contact";
                /** @description an ISO 8601 date or date-time */
                since: string;
                reason: string;
            }[];
            reportedTo: string | null;
            reportedOn: string | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            communityReports: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            accountId: string | null;
            proposedAccountId: string | null;
            phone: string | null;
            /** @enum {string} */
            personalData: "sealed" | "erased";
            points: number;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @description 编码: the office's own code of the item */
            code?: string;
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "reported";
            reportedTo: string | null;
            reportedOn: string | null;
            served: {
                hours: number;
                points: number;
            };
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "incoming";
            branchId: string;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
        };
        ConfirmAccountDto: {
            memberId: string;
        };
        TransferMemberDto: {
            toBranchId: string;
        };
        MemberAfterTransfer: {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "full";
            branchId: string;
            branchHistory: {
                branchId: string;
                /** @description an ISO 8601 date or date-time */
                since: string;
                by: string;
            }[];
            transfers: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            /** @description an ISO 8601 date or date-time */
            joinedPartyOn: string;
            employerUnitId: string | null;
            inService: boolean;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            statusHistory: {
                /** @enum {string} */
                status: "normal" | "floating" | "lost_contact";
                /** @description an ISO 8601 date or date-time */
                since: string;
                reason: string;
            }[];
            reportedTo: string | null;
            reportedOn: string | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            communityReports: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            accountId: string | null;
            proposedAccountId: string | null;
            phone: string | null;
            /** @enum {string} */
            personalData: "sealed" | "erased";
            points: number;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @enum {string} */
            transfer: "pending" | "completed";
            /** @description 编码: the office's own code of the item */
            code?: string;
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "reported";
            reportedTo: string | null;
            reportedOn: string | null;
            served: {
                hours: number;
                points: number;
            };
            /** @enum {string} */
            transfer: "pending" | "completed";
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "incoming";
            branchId: string;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            /** @enum {string} */
            transfer: "pending" | "completed";
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "transferred";
            branchId: string;
            /** @enum {string} */
            transfer: "pending" | "completed";
        };
        DeclineTransferDto: {
            reason?: string;
        };
        ChangeStatusDto: {
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            reason?: string;
        };
        CommunityReportDto: {
            communityId: string;
        };
        MemberAfterWithdrawal: {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "full";
            branchId: string;
            branchHistory: {
                branchId: string;
                /** @description an ISO 8601 date or date-time */
                since: string;
                by: string;
            }[];
            transfers: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            /** @description an ISO 8601 date or date-time */
            joinedPartyOn: string;
            employerUnitId: string | null;
            inService: boolean;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            statusHistory: {
                /** @enum {string} */
                status: "normal" | "floating" | "lost_contact";
                /** @description an ISO 8601 date or date-time */
                since: string;
                reason: string;
            }[];
            reportedTo: string | null;
            reportedOn: string | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            communityReports: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            accountId: string | null;
            proposedAccountId: string | null;
            phone: string | null;
            /** @enum {string} */
            personalData: "sealed" | "erased";
            points: number;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @description 编码: the office's own code of the item */
            code?: string;
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "reported";
            reportedTo: string | null;
            reportedOn: string | null;
            served: {
                hours: number;
                points: number;
            };
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "incoming";
            branchId: string;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
        } | {
            id: string;
            version: number;
            /** @constant */
            view: "withdrawn";
            /** @constant */
            reportedTo: null;
        };
        MemberAfterReportStep: {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "full";
            branchId: string;
            branchHistory: {
                branchId: string;
                /** @description an ISO 8601 date or date-time */
                since: string;
                by: string;
            }[];
            transfers: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            /** @description an ISO 8601 date or date-time */
            joinedPartyOn: string;
            employerUnitId: string | null;
            inService: boolean;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            statusHistory: {
                /** @enum {string} */
                status: "normal" | "floating" | "lost_contact";
                /** @description an ISO 8601 date or date-time */
                since: string;
                reason: string;
            }[];
            reportedTo: string | null;
            reportedOn: string | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            communityReports: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            }[];
            accountId: string | null;
            proposedAccountId: string | null;
            phone: string | null;
            /** @enum {string} */
            personalData: "sealed" | "erased";
            points: number;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
            /** @description 编码: the office's own code of the item */
            code?: string;
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "reported";
            reportedTo: string | null;
            reportedOn: string | null;
            served: {
                hours: number;
                points: number;
            };
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "incoming";
            branchId: string;
            /** @enum {string} */
            status: "normal" | "floating" | "lost_contact";
            pendingTransfer: {
                fromBranchId: string;
                toBranchId: string;
                /** @enum {string} */
                direction: "out" | "in" | "direct";
                /** @enum {string} */
                status: "pending" | "completed" | "declined" | "cancelled";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
            pendingReport: {
                communityId: string;
                direct: boolean;
                /** @enum {string} */
                status: "pending" | "confirmed" | "declined" | "cancelled" | "withdrawn";
                requestedBy: string;
                /** @description an ISO 8601 date or date-time */
                requestedAt: string;
                decidedBy: string | null;
                decidedAt: string | null;
                reason: string;
            } | null;
        } | {
            id: string;
            version: number;
            name: string;
            /** @constant */
            view: "declined";
        };
        DeclineReportDto: {
            reason?: string;
        };
        LinkAccountDto: {
            accountId: string;
        };
        RedemptionDto: {
            points: number;
            merchant: string;
        };
        /** @description one of orgId, communityId, branchId is required. */
        LeaderboardQuery: {
            orgId?: string;
            communityId?: string;
            branchId?: string;
            limit?: number;
            quarter?: string;
        } | unknown | unknown | unknown;
        PublishActivityDto: {
            title: string;
            description?: string;
            orgId: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            place?: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            startsAt: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            endsAt: string;
            slots: number;
            pointsPerHour: number;
            openTo?: ("members" | "residents" | "organisations")[];
            /** @enum {string} */
            hoursVerification?: "organiser" | "automatic";
        };
        Activity: {
            id: string;
            version: number;
            orgId: string;
            communityId: string;
            title: string;
            description: string;
            /** @enum {string} */
            category: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
            place: string;
            /** @description an ISO 8601 date or date-time */
            startsAt: string;
            /** @description an ISO 8601 date or date-time */
            endsAt: string;
            slots: number;
            pointsPerHour: number;
            openTo: ("members" | "residents" | "organisations")[];
            /** @enum {string} */
            hoursVerification: "organiser" | "automatic";
            cancelled: boolean;
            cancelReason: string | null;
            openSlots: number;
            /** @description an ISO 8601 date or date-time */
            publishedAt: string;
            organisations: {
                unitId: string;
                headcount: number;
            }[];
            organisationAttendance: {
                unitId: string;
                headcount: number;
                hours: number;
                /** @description an ISO 8601 date or date-time */
                verifiedAt: string;
            }[];
            /** @description places taken: members and residents one each, an organisation its headcount */
            signedUpCount: number;
            attendanceCount: number;
            checkInCount: number;
            /** @description person-hours verified: an organisation counts headcount × hours */
            verifiedHours: number;
            /** @enum {string} */
            status: "open" | "full" | "finished" | "cancelled";
            signedUp?: string[];
            attendance?: {
                memberId: string;
                hours: number;
                /** @description an ISO 8601 date or date-time */
                verifiedAt: string;
            }[];
            residents?: string[];
            residentAttendance?: {
                residentId: string;
                hours: number;
                /** @description an ISO 8601 date or date-time */
                verifiedAt: string;
            }[];
            checkIns?: {
                /** @enum {string} */
                kind: "member" | "resident";
                volunteerId: string;
                /** @description an ISO 8601 date or date-time */
                checkedInAt: string;
                checkedOutAt: string | null;
                hours: number | null;
            }[];
            self?: {
                signedUp: boolean;
                hours: number | null;
                checkedInAt: string | null;
                checkedOutAt: string | null;
                memberId?: string;
                residentId?: string;
            };
        };
        /** @description residentId and memberId are not given together; unitId and residentId are not given together; unitId and memberId are not given together; one of memberId, residentId, unitId is required. */
        SignUpDto: {
            memberId?: string;
            residentId?: string;
            unitId?: string;
            headcount?: number;
        } & (unknown & unknown & unknown & (unknown | unknown | unknown));
        CancelActivityDto: {
            reason?: string;
        };
        /** @description residentId and memberId are not given together; unitId and residentId are not given together; unitId and memberId are not given together; one of memberId, residentId, unitId is required. */
        AttendanceDto: {
            hours?: number;
            memberId?: string;
            residentId?: string;
            unitId?: string;
            headcount?: number;
        } & (unknown & unknown & unknown & (unknown | unknown | unknown));
        CheckInCode: {
            activityId: string;
            /** @description the text of the QR image */
            code: string;
            /** @description the six digits a person types when the camera fails */
            digits: string;
            window: number;
            /** @description an ISO 8601 date or date-time */
            validFrom: string;
            /** @description an ISO 8601 date or date-time */
            expiresAt: string;
            /** @description an ISO 8601 date or date-time */
            refreshAt: string;
            periodSeconds: number;
        };
        CheckInDto: {
            code: string;
        };
        RegisterSelfDto: {
            name: string;
            phone: string;
            /** @enum {boolean} */
            consent: true;
        };
        Resident: {
            id: string;
            version: number;
            communityId: string;
            name: string | null;
            phone: string | null;
            /** @description an ISO 8601 date or date-time */
            consentedOn: string;
            consentWithdrawnAt: string | null;
            /** @enum {string} */
            status: "active" | "withdrawn";
            accountId: string | null;
            /** @description an ISO 8601 date or date-time */
            registeredAt: string;
        };
        RegisterResidentDto: {
            name: string;
            phone: string;
            communityId: string;
            /** @enum {boolean} */
            consent: true;
            /** Format: date */
            consentedOn: string;
        };
        PostWishDto: {
            communityId: string;
            gridId?: string;
            title: string;
            description?: string;
        };
        Wish: {
            id: string;
            version: number;
            communityId: string;
            gridId: string | null;
            title: string;
            description: string;
            /** @enum {string} */
            status: "open" | "claimed" | "done" | "fulfilled";
            note: string | null;
            /** @description an ISO 8601 date or date-time */
            postedAt: string;
            fulfilledAt: string | null;
            claimedBy?: string | null;
            self?: {
                memberId: string;
                claimed: boolean;
            };
        };
        ClaimWishDto: {
            memberId: string;
        };
        FulfilWishDto: {
            note?: string;
        };
        FormTeamDto: {
            name: string;
            orgId: string;
        };
        Team: {
            id: string;
            version: number;
            orgId: string;
            name: string;
            /** @description an ISO 8601 date or date-time */
            formedAt: string;
            memberCount: number;
            memberIds?: string[];
            self?: {
                memberId: string;
                member: boolean;
            };
        };
        TeamMemberDto: {
            memberId: string;
        };
        PublishRotationDto: {
            orgId: string;
            quarter: string;
            teamIds: string[];
            gridIds?: string[];
            activityIds?: string[];
        };
        Rotation: {
            id: string;
            version: number;
            orgId: string;
            quarter: string;
            assignments: {
                gridId: string;
                teamId: string;
            }[];
            activityAssignments: {
                activityId: string;
                teamId: string;
            }[];
            loads: {
                [key: string]: number;
            };
            /** @description an ISO 8601 date or date-time */
            publishedAt: string;
        };
        Contribution: {
            id: string;
            version: number;
            fundId: string;
            fundOwnerOrgId: string;
            year: number;
            unitId: string;
            allocationId: string | null;
            /** @description yuan with two decimals, e.g. "300000.00" */
            amount: string;
            note: string;
            /** @description an ISO 8601 date or date-time */
            recordedAt: string;
            recordedBy: string;
        };
        OpenFundDto: {
            ownerOrgId: string;
            name: string;
            /** @enum {string} */
            kind: "district_cobuild" | "station_yearly" | "service_point_yearly" | "community_yearly" | "community_development" | "education";
            year: number;
            yearlyAmount: string;
        };
        Fund: {
            id: string;
            version: number;
            name: string;
            /** @enum {string} */
            kind: "district_cobuild" | "station_yearly" | "service_point_yearly" | "community_yearly" | "community_development" | "education";
            year: number;
            ownerOrgId: string;
            grantorOrgId: string | null;
            /** @description yuan with two decimals, e.g. "300000.00" */
            yearlyAmount: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            contributed: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            allocated: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            spent: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            available: string;
            allocations: {
                requested: number;
                approved: number;
                rejected: number;
            };
            /** @description an ISO 8601 date or date-time */
            openedAt: string;
            openedBy: string;
        };
        Allocation: {
            id: string;
            version: number;
            fundId: string;
            fundOwnerOrgId: string;
            year: number;
            /** @enum {string} */
            target: "micro_project" | "project";
            targetId: string;
            targetOrgId: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            amount: string;
            purpose: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected";
            /** @description an ISO 8601 date or date-time */
            requestedAt: string;
            requestedBy: string;
            decidedAt: string | null;
            decidedBy: string | null;
            reason: string | null;
            /** @description yuan with two decimals, e.g. "300000.00" */
            contributed: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            spent: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            left: string;
        };
        RequestAllocationDto: {
            /** @enum {string} */
            target: "micro_project" | "project";
            targetId: string;
            amount: string;
            purpose: string;
        };
        Spending: {
            id: string;
            version: number;
            fundId: string;
            fundOwnerOrgId: string;
            year: number;
            allocationId: string;
            targetOrgId: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            amount: string;
            payee: string;
            purpose: string;
            /** @description an ISO 8601 date or date-time */
            spentOn: string;
            receiptSha256: string;
            /** @description an ISO 8601 date or date-time */
            recordedAt: string;
            recordedBy: string;
            reversed: boolean;
            reversedReason: string | null;
        };
        AccountBalance: {
            accountId: string;
            /** @enum {string} */
            kind: "fund" | "budget" | "project" | "grant" | "contribution" | "expense" | "merchant" | "member_points" | "points_issued";
            ownerOrgId: string | null;
            /** @description yuan with two decimals, e.g. "300000.00" */
            balance: string;
            debits: string | null;
            credits: string | null;
            postings: number;
        };
        Posting: {
            id: string;
            book: string;
            eventType: string;
            /** @description an ISO 8601 date or date-time */
            at: string;
            position: number;
            actorId: string;
            legs: {
                accountId: string;
                /** @enum {string} */
                kind: "fund" | "budget" | "project" | "grant" | "contribution" | "expense" | "merchant" | "member_points" | "points_issued";
                ownerOrgId: string | null;
                /** @description yuan with two decimals, e.g. "300000.00" */
                amount: string;
            }[];
        };
        RejectAllocationDto: {
            reason: string;
        };
        RecordContributionDto: {
            unitId: string;
            amount: string;
            allocationId?: string;
            note?: string;
        };
        Receipt: {
            sha256: string;
            size: number;
            contentType: string;
        };
        RecordSpendingDto: {
            amount: string;
            payee: string;
            purpose: string;
            /** Format: date */
            spentOn: string;
            receiptSha256: string;
        };
        ReverseSpendingDto: {
            reason: string;
        };
        ProposeMicroProjectDto: {
            orgId: string;
            name: string;
            description?: string;
            plannedBeneficiaries: number;
        };
        MicroProject: {
            id: string;
            version: number;
            orgId: string;
            name: string;
            description: string;
            plannedBeneficiaries: number;
            /** @enum {string} */
            status: "proposed" | "completed" | "cancelled";
            beneficiaries: number | null;
            summary: string | null;
            completedOn: string | null;
            reason: string | null;
            /** @description an ISO 8601 date or date-time */
            proposedAt: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            budget: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            contributed: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            spent: string;
            /** @description yuan with two decimals, e.g. "300000.00" */
            left: string;
        };
        CompleteMicroProjectDto: {
            beneficiaries: number;
            summary: string;
            /** Format: date */
            completedOn: string;
        };
        CancelMicroProjectDto: {
            reason: string;
        };
        AuditEvent: {
            eventId: string;
            type: string;
            streamRevision: number;
            globalPosition: number;
            /** @description an ISO 8601 date or date-time */
            occurredAt: string;
            actor: {
                accountId: string;
                role: string;
                orgId: string | null;
            };
            correlationId: string;
            causationId: string | null;
            /** @description the event's data, as its type defines it */
            data: unknown;
            prevHash: string;
            hash: string;
            service: string;
            streamId: string;
            /** @description an ISO 8601 date or date-time */
            recordedAt: string;
            orgIds: string[];
        };
        AuditSearchHit: {
            streamId: string;
            kind: string;
            subjectId: string;
            label: string | null;
            events: number;
            /** @description an ISO 8601 date or date-time */
            firstAt: string;
            /** @description an ISO 8601 date or date-time */
            lastAt: string;
            lastType: string;
            related: components["schemas"]["AuditStream"][];
            relatedTotal: number;
            relatedKinds: {
                [key: string]: number;
            };
        };
        AuditStream: {
            streamId: string;
            kind: string;
            subjectId: string;
            label: string | null;
            events: number;
            /** @description an ISO 8601 date or date-time */
            firstAt: string;
            /** @description an ISO 8601 date or date-time */
            lastAt: string;
            lastType: string;
        };
        /** @description position and at are not given together; one of streamId, projection is required; one of at, position is required. */
        AsOfQuery: {
            streamId?: string;
            projection?: string;
            communityId?: string;
            unitId?: string;
            orgId?: string;
            status?: string;
            /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
            at?: string;
            position?: number;
        } & (unknown & (unknown | unknown) & (unknown | unknown));
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "Health.health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded" | "down";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Health.live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Health.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded" | "down";
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Metrics.scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.names": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Replay"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.start": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartReplayDto"];
            };
        };
        responses: {
            /** @description success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.swap": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.asOf": {
        parameters: {
            query: {
                projection: string;
                communityId?: string;
                unitId?: string;
                orgId?: string;
                status?: string;
                at?: string;
                position?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: unknown[];
                        events: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadModels.effects": {
        parameters: {
            query?: {
                at?: string;
                position?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        effects: {
                            [key: string]: {
                                projection: string;
                                documentId: string;
                                /** @enum {string} */
                                change: "created" | "updated" | "deleted" | "unchanged";
                                fields: {
                                    field: string;
                                    /** @description the value before */
                                    before: unknown;
                                    /** @description the value after */
                                    after: unknown;
                                }[];
                            }[];
                        };
                        state: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportOrganizations.import": {
        parameters: {
            query?: {
                dryRun?: boolean;
                partial?: boolean;
            };
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description what the import did, or would do (`dryRun`), and the rows it refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportOrganizations.template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import template: Chinese headers, a sample row, drop-downs of the code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportUnits.import": {
        parameters: {
            query?: {
                dryRun?: boolean;
                partial?: boolean;
            };
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description what the import did, or would do (`dryRun`), and the rows it refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportUnits.template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import template: Chinese headers, a sample row, drop-downs of the code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportOrganizations.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportUnits.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportSites.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListOrganizations.list": {
        parameters: {
            query?: {
                kind?: "district" | "street" | "community" | "grid" | "building";
                parentId?: string;
                within?: string;
                status?: "active" | "dissolved";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Organization"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterOrganization.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganizationDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListOrganizations.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "OrganizationTree.subtree": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationTree"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RenameOrganization.rename": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameOrganizationDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "MoveOrganization.move": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOrganizationDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DissolveOrganization.dissolve": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListUnits.list": {
        parameters: {
            query?: {
                locatedIn?: string;
                within?: string;
                sector?: "party_government" | "public_institution" | "state_enterprise" | "private_enterprise" | "social_organization" | "other";
                group?: "resident_units" | "social_organizations";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Unit"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterUnit.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUnitDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListUnits.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EditUnit.edit": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EditUnitDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "UnitContributions.contributions": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unitId: string;
                        totals: {
                            completedProjects: number;
                            served: {
                                [key: string]: number;
                            };
                            evaluations: number;
                            meanScore: number | null;
                        };
                        items: {
                            unitId: string;
                            communityId: string;
                            projectId: string;
                            title: string;
                            quantity: {
                                amount: number;
                                /** @enum {string} */
                                unit: "person_hours" | "yuan" | "venue_hours" | "items" | "sessions";
                            };
                            /** @description an ISO 8601 date or date-time */
                            completedAt: string;
                            scores: number[];
                            version: number;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListPairings.list": {
        parameters: {
            query?: {
                unitId?: string;
                orgId?: string;
                within?: string;
                status?: "proposed" | "active" | "ended" | "declined" | "withdrawn";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Pairing"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EstablishPairing.establish": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstablishPairingDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ConfirmPairing.confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DeclinePairing.decline": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "WithdrawPairing.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListPairings.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EndPairing.end": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "JoinJointMeeting.join": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ConfirmMembership.confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DeclineMembership.decline": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "WithdrawMembership.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "LeaveJointMeeting.leave": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LeaveDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetJointMeeting.jointMeeting": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointMeeting"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListPartTimeMembers.partTimeMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartTimeMembers"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AppointPartTimeMember.appoint": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartTimeMembers"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EndAppointment.end": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                appointmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartTimeMembers"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListServiceSites.list": {
        parameters: {
            query?: {
                orgId?: string;
                within?: string;
                level?: "centre" | "station" | "point";
                q?: string;
                stars?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ServiceSite"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "OpenServiceSite.open": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenSiteDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSite"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RateServiceSite.rate": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateSiteDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSite"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListServiceSites.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceSite"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListAccounts.list": {
        parameters: {
            query?: {
                orgId?: string;
                role?: "district_admin" | "street_admin" | "community_admin" | "unit_contact" | "member" | "auditor" | "resident" | "grid_worker";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Account"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CreateAccount.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListAccounts.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "LoginAttempts.loginAttempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        recentFailures: number;
                        throttledAddresses: number;
                        lastFailureAt: string | null;
                        addresses: {
                            address: string;
                            failures: number;
                            /** @description an ISO 8601 date or date-time */
                            lastFailureAt: string;
                            retryAfterSeconds: number;
                        }[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DisableAccount.disable": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EnableAccount.enable": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ResetPassword.resetPassword": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "UnlockAccount.unlock": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Login.login": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessToken: string;
                        /** @constant */
                        tokenType: "Bearer";
                        mustChangePassword: boolean;
                        account: components["schemas"]["Account"];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many attempts (login, password, wrong check-in codes); `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ChangePassword.changePassword": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many attempts (login, password, wrong check-in codes); `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListPartyOrganizations.list": {
        parameters: {
            query?: {
                kind?: "branch" | "party_group";
                parentId?: string;
                within?: string;
                covers?: string;
                memberId?: string;
                status?: "active" | "dissolved";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PartyOrganization"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FormPartyOrganization.form": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormPartyOrganizationDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListPartyOrganizations.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RenamePartyOrganization.rename": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenamePartyOrganizationDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ChangeCoverage.change": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCoverageDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DissolvePartyOrganization.dissolve": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AddGroupMember.add": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddGroupMemberDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RemoveGroupMember.remove": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrganization"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetGridRoles.roleList": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRoleList"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "SetGridRoleList.set": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGridRoleListDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRoleList"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetGridRoles.roster": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRoster"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AssignGridRole.assign": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignGridRoleDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRoster"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EndGridRole.end": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndGridRoleDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridRoster"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "MyGrids.mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyGrids"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListHouseholds.list": {
        parameters: {
            query?: {
                areaId?: string;
                within?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Household"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterHousehold.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterHouseholdDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListHouseholds.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Household"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListHouseholdUnits.list": {
        parameters: {
            query?: {
                areaId?: string;
                within?: string;
                householdId?: string;
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HouseholdUnit"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FormHouseholdUnit.form": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormHouseholdUnitDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListHouseholdUnits.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "JoinHouseholdUnit.join": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinHouseholdUnitDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "LeaveHouseholdUnit.leave": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                householdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AssignRota.assign": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssignRotaDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RecordDuty.record": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDutyDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdUnit"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListCentralHouseholds.list": {
        parameters: {
            query?: {
                branchId?: string;
                within?: string;
                householdId?: string;
                status?: "active" | "revoked";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CentralHousehold"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DesignateCentralHousehold.designate": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DesignateCentralHouseholdDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralHousehold"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListCentralHouseholds.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralHousehold"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ChangeCentralHouseholds.change": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCentralHouseholdsDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralHousehold"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RevokeCentralHousehold.revoke": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentralHousehold"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListNeeds.list": {
        parameters: {
            query?: {
                communityId?: string;
                status?: "open" | "partially_matched" | "matched" | "fulfilled" | "cancelled" | "expired";
                category?: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
                gridId?: string;
                orgId?: string;
                urgency?: "low" | "normal" | "high" | "critical";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Need"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "PostNeed.post": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostNeedDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CancelNeed.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelNeedDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListNeeds.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EditNeed.edit": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EditNeedDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListOffers.list": {
        parameters: {
            query?: {
                unitId?: string;
                status?: "open" | "partially_reserved" | "reserved" | "withdrawn" | "expired";
                category?: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Offer"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "PostOffer.post": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostOfferDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListOffers.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EditOffer.edit": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EditOfferDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "WithdrawOffer.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WithdrawOfferDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RunMatching.start": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRunDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResult"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetRun.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetRun.pairs": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            needId: string;
                            offerId: string;
                            score: number;
                            breakdown: {
                                base?: number;
                                tags?: number;
                                proximity?: number;
                                pairing?: number;
                                urgency?: number;
                                window?: number;
                                evaluation?: number;
                            };
                            quantity: number;
                        }[];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                        objective: number | null;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListProposals.list": {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "rejected" | "superseded" | "closed";
                needId?: string;
                communityId?: string;
                unitId?: string;
                orgId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Proposal"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListProposals.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AcceptProposal.accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RejectProposal.reject": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListProjects.list": {
        parameters: {
            query?: {
                status?: "planned" | "in_progress" | "completed";
                communityId?: string;
                unitId?: string;
                needId?: string;
                offerId?: string;
                orgId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListProjects.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "StartProject.start": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CompleteProject.complete": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CompleteProjectDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "EvaluateProject.evaluate": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateProjectDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Summary.summary": {
        parameters: {
            query?: {
                communityId?: string;
                orgId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        needs: {
                            total: number;
                            byCategory: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                            live: number;
                            matched: number;
                        };
                        projects: {
                            total: number;
                            daysToProject: {
                                mean: number | null;
                                buckets: {
                                    upToDays: number | null;
                                    projects: number;
                                }[];
                            };
                            topUnits: {
                                unitId: string;
                                unitName: string | null;
                                completedProjects: number;
                            }[];
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportNeeds.import": {
        parameters: {
            query?: {
                dryRun?: boolean;
                partial?: boolean;
            };
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description what the import did, or would do (`dryRun`), and the rows it refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportNeeds.template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import template: Chinese headers, a sample row, drop-downs of the code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportNeeds.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportOffers.import": {
        parameters: {
            query?: {
                dryRun?: boolean;
                partial?: boolean;
            };
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description what the import did, or would do (`dryRun`), and the rows it refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportOffers.template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import template: Chinese headers, a sample row, drop-downs of the code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportOffers.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportProjects.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Todo.todo": {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingTodo"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportMembers.import": {
        parameters: {
            query?: {
                dryRun?: boolean;
                partial?: boolean;
            };
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description what the import did, or would do (`dryRun`), and the rows it refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ImportMembers.template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import template: Chinese headers, a sample row, drop-downs of the code lists */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportMembers.export": {
        parameters: {
            query?: {
                personalData?: boolean;
                orgId?: string;
                communityId?: string;
                branchId?: string;
                reportedTo?: string;
                employerUnitId?: string;
                transferTo?: string;
                status?: "normal" | "floating" | "lost_contact";
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportLedger.export": {
        parameters: {
            query: {
                memberId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member's points ledger as an .xlsx file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListMembers.list": {
        parameters: {
            query?: {
                orgId?: string;
                communityId?: string;
                branchId?: string;
                reportedTo?: string;
                employerUnitId?: string;
                transferTo?: string;
                status?: "normal" | "floating" | "lost_contact";
                q?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterMember.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterMemberDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetOwnRecord.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListAccountProposals.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            memberId: string;
                            name: string;
                            branchId: string;
                        }[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ConfirmAccountLink.confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmAccountDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListCommunityReports.list": {
        parameters: {
            query: {
                communityId: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            memberId: string;
                            name: string;
                            branchId: string;
                            /** @enum {string} */
                            status: "normal" | "floating" | "lost_contact";
                            communityId: string;
                            requestedBy: string;
                            /** @description an ISO 8601 date or date-time */
                            requestedAt: string;
                        }[];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetMember.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReadPersonalData.read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        phone: string | null;
                        idNumber: string | null;
                        address: string | null;
                        erased: boolean;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ErasePersonalData.erase": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "TransferMember.transfer": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferMemberDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterTransfer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AcceptTransfer.accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterTransfer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DeclineTransfer.decline": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeclineTransferDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterTransfer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CancelTransfer.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterTransfer"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ChangeStatus.change": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReportToCommunity.report": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityReportDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "WithdrawReport.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterWithdrawal"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ConfirmReport.confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterReportStep"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DeclineReport.decline": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeclineReportDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterReportStep"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CancelReport.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberAfterReportStep"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "LinkAccount.link": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkAccountDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the first result of this `Idempotency-Key` held personal data since erased: neither replayed nor run again */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetPointsRules.rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description the points of each rule (POINTS_RULE_TABLE) */
                        points: unknown;
                        /** @description the weights of the pioneer index (PIONEER_WEIGHTS) */
                        pioneerWeights: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetLedger.ledger": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memberId: string;
                        balance: number | null;
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "award" | "redemption" | "evaluation";
                            points: number;
                            rule: ("volunteer_hours" | "micro_wish" | "project") | null;
                            source: {
                                eventId: string;
                                type: string;
                                streamId: string;
                            } | null;
                            subjectId: string | null;
                            title: string | null;
                            hours: number;
                            score: number | null;
                            merchant: string | null;
                            /** @description an ISO 8601 date or date-time */
                            recordedAt: string;
                        }[];
                        nextCursor: string | null;
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RedeemPoints.redeem": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redemptionId: string;
                        memberId: string;
                        points: number;
                        merchant: string;
                        balance: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetPioneerIndex.index": {
        parameters: {
            query?: {
                quarter?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        memberId: string;
                        quarter: string;
                        index: number;
                        breakdown: {
                            hours: {
                                weight: number;
                                points: number;
                                value: number;
                            };
                            wishes: {
                                weight: number;
                                points: number;
                                value: number;
                            };
                            projects: {
                                weight: number;
                                points: number;
                                value: number;
                            };
                            evaluations: {
                                weight: number;
                                points: number;
                                scores: number[];
                            };
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetLeaderboard.leaderboard": {
        parameters: {
            query?: {
                orgId?: string;
                communityId?: string;
                branchId?: string;
                limit?: number;
                quarter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orgId: string;
                        quarter: string;
                        items: {
                            rank: number;
                            memberId: string;
                            quarter: string;
                            index: number;
                            breakdown: {
                                hours: {
                                    weight: number;
                                    points: number;
                                    value: number;
                                };
                                wishes: {
                                    weight: number;
                                    points: number;
                                    value: number;
                                };
                                projects: {
                                    weight: number;
                                    points: number;
                                    value: number;
                                };
                                evaluations: {
                                    weight: number;
                                    points: number;
                                    scores: number[];
                                };
                            };
                            name: string;
                            branchId: string | null;
                        }[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportActivities.export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an .xlsx file, with the filters of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListActivities.list": {
        parameters: {
            query?: {
                orgId?: string;
                communityId?: string;
                category?: "elderly_care" | "education" | "health" | "legal" | "employment" | "environment" | "culture_sports" | "safety" | "venue" | "funding" | "volunteers" | "property" | "other";
                status?: "open" | "full" | "finished" | "cancelled";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Activity"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "PublishActivity.publish": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishActivityDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "SummariseHours.summary": {
        parameters: {
            query?: {
                orgId?: string;
                communityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activities: number;
                        byCommunity: {
                            communityId: string;
                            communityName: string | null;
                            verifiedHours: number;
                        }[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListOwnActivities.mine": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Activity"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                        /** @description the hours verified for the caller's own record, every activity together */
                        verifiedHours: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListActivities.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "SignUp.signUp": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CancelSignUp.cancelSignUp": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CancelActivity.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelActivityDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RecordAttendance.attendance": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "GetCheckInCode.code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInCode"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CheckIn.checkIn": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many attempts (login, password, wrong check-in codes); `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CheckIn.checkOut": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many attempts (login, password, wrong check-in codes); `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListResidents.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterSelf.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterSelfDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListResidents.list": {
        parameters: {
            query?: {
                orgId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Resident"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RegisterResident.register": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterResidentDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListResidents.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "WithdrawConsent.withdraw": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListWishes.list": {
        parameters: {
            query?: {
                communityId?: string;
                orgId?: string;
                status?: "open" | "claimed" | "done" | "fulfilled";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Wish"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "PostWish.post": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostWishDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListWishes.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ClaimWish.claim": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimWishDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ReleaseWish.release": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FulfilWish.fulfil": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["FulfilWishDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ConfirmWish.confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wish"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListTeams.listTeams": {
        parameters: {
            query?: {
                orgId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Team"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FormTeam.form": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormTeamDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListTeams.getTeam": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AddTeamMember.addMember": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RemoveTeamMember.removeMember": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListRotations.listRotations": {
        parameters: {
            query?: {
                orgId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Rotation"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "PublishRotation.publishRotation": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRotationDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListRotations.getRotation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rotation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListContributions.list": {
        parameters: {
            query?: {
                unitId?: string;
                fundId?: string;
                allocationId?: string;
                year?: number;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Contribution"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListFunds.list": {
        parameters: {
            query?: {
                orgId?: string;
                ownerOrgId?: string;
                year?: number;
                kind?: "district_cobuild" | "station_yearly" | "service_point_yearly" | "community_yearly" | "community_development" | "education";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Fund"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "OpenFund.open": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenFundDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListFunds.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListFunds.allocations": {
        parameters: {
            query?: {
                targetId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Allocation"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RequestAllocation.request": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestAllocationDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allocation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListFunds.allocation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                allocationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allocation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListFunds.spendings": {
        parameters: {
            query?: {
                allocationId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Spending"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FundLedger.accounts": {
        parameters: {
            query?: {
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                at?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string | null;
                        items: components["schemas"]["AccountBalance"][];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "FundLedger.journal": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Posting"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DecideAllocation.approve": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                allocationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allocation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "DecideAllocation.reject": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                allocationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectAllocationDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allocation"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RecordContribution.record": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordContributionDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Receipts.upload": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Receipts.download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sha256: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the receipt as it was uploaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "application/pdf": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RecordSpending.record": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                allocationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSpendingDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Spending"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "RecordSpending.reverse": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
                spendingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseSpendingDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Spending"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListMicroProjects.list": {
        parameters: {
            query?: {
                orgId?: string;
                status?: "proposed" | "completed" | "cancelled";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MicroProject"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "MicroProjectCommands.propose": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeMicroProjectDto"];
            };
        };
        responses: {
            /** @description success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicroProject"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "MicroProjectCommands.complete": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteMicroProjectDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicroProject"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "MicroProjectCommands.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMicroProjectDto"];
            };
        };
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicroProject"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListMicroProjects.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicroProject"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListEvents.events": {
        parameters: {
            query?: {
                streamId?: string;
                type?: string;
                actor?: string;
                orgId?: string;
                correlationId?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                from?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                        names: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "TraceEvent.event": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eventId: string;
                        type: string;
                        streamRevision: number;
                        globalPosition: number;
                        /** @description an ISO 8601 date or date-time */
                        occurredAt: string;
                        actor: {
                            accountId: string;
                            role: string;
                            orgId: string | null;
                        };
                        correlationId: string;
                        causationId: string | null;
                        /** @description the event's data, as its type defines it */
                        data: unknown;
                        prevHash: string;
                        hash: string;
                        service: string;
                        streamId: string;
                        /** @description an ISO 8601 date or date-time */
                        recordedAt: string;
                        orgIds: string[];
                        causedBy: components["schemas"]["AuditEvent"][];
                        caused: components["schemas"]["AuditEvent"][];
                        correlation: components["schemas"]["AuditEvent"][];
                        names: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "StreamHistory.stream": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        streamId: string;
                        revision: number;
                        chain: {
                            intact: boolean;
                            breaks: {
                                streamId: string;
                                streamRevision: number;
                                eventId: string;
                                /** @enum {string} */
                                reason: "hash_mismatch" | "prev_hash_mismatch" | "revision_gap";
                            }[];
                        };
                        events: {
                            eventId: string;
                            type: string;
                            streamRevision: number;
                            globalPosition: number;
                            /** @description an ISO 8601 date or date-time */
                            occurredAt: string;
                            actor: {
                                accountId: string;
                                role: string;
                                orgId: string | null;
                            };
                            correlationId: string;
                            causationId: string | null;
                            /** @description the event's data, as its type defines it */
                            data: unknown;
                            prevHash: string;
                            hash: string;
                            effects: {
                                projection: string;
                                documentId: string;
                                /** @enum {string} */
                                change: "created" | "updated" | "deleted" | "unchanged";
                                fields: {
                                    field: string;
                                    /** @description the value before */
                                    before: unknown;
                                    /** @description the value after */
                                    after: unknown;
                                }[];
                            }[];
                        }[];
                        state: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                        names: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "SearchStreams.search": {
        parameters: {
            query: {
                q: string;
                kind?: "organizations.org" | "organizations.unit" | "organizations.account" | "organizations.serviceSite" | "matching.need" | "matching.offer" | "matching.project" | "members.member" | "volunteering.activity" | "volunteering.wish" | "volunteering.team";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditSearchHit"][];
                        nextCursor: string | null;
                        /** @description how many items the filter matches, every page together */
                        total: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "AsOf.asOf": {
        parameters: {
            query?: {
                streamId?: string;
                projection?: string;
                communityId?: string;
                unitId?: string;
                orgId?: string;
                status?: string;
                at?: string;
                position?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "CheckIntegrity.integrity": {
        parameters: {
            query?: {
                orgId?: string;
                streamId?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                from?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intact: boolean;
                        checkedEvents: number;
                        streams: number;
                        breaks: {
                            streamId: string;
                            streamRevision: number;
                            eventId: string;
                            /** @enum {string} */
                            reason: "hash_mismatch" | "prev_hash_mismatch" | "revision_gap";
                        }[];
                        millis: number;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ExportTrail.export": {
        parameters: {
            query?: {
                format?: "csv" | "jsonl";
                type?: string;
                actor?: string;
                orgId?: string;
                correlationId?: string;
                streamId?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                from?: string;
                /** @description a date (2026-12-02) or an RFC 3339 date-time (2026-12-02T10:20:30Z, 2026-12-02T18:20:30+08:00) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the events as JSON Lines (`format=jsonl`) or CSV (`format=csv`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "ListProjections.projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Replays.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Replay"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Replays.start": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartReplayDto"];
            };
        };
        responses: {
            /** @description success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than 256 kB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not `application/json` (or not UTF-8) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Replays.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Replays.cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "Replays.swap": {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key returns the first response (`Idempotent-Replayed: true`) and changes nothing; with another body it is 422; while the first runs, 409 */
                "Idempotency-Key"?: string;
                /** @description the version the resource must be at (its `version`), else 412; `*`: any */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Replay"];
                };
            };
            /** @description the request breaks the document: unknown fields, wrong types or formats, values out of range, malformed JSON, a body where none is taken, an `If-Match` that names no version, an `Idempotency-Key` over 200 characters (`details`: the fields at fault) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no bearer token, or an invalid or expired one (`/auth/login`: wrong username or password) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the role or the organisation scope of the caller does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the state forbids it now, a concurrent change won, or a request with this `Idempotency-Key` is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `If-Match` named another version than the resource is at (`details`: expected and actual) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description well formed, but a rule the document cannot state refused it: an unknown organisation or member, a window that ends before it starts, insufficient points, this `Idempotency-Key` used with another body (`error` says which rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the read store cannot be reached (`Retry-After`), a matching run was interrupted by a stop, or (probes) not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
