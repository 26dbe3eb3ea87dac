package org.viltzoom.account.adapter.in.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AccountResponse;
import org.viltzoom.account.adapter.in.rest.AccountDtos.AdvancedSettingsBody;
import org.viltzoom.account.adapter.in.rest.AccountDtos.LimitsBody;
import org.viltzoom.account.adapter.in.rest.AccountDtos.TemplatesBody;
import org.viltzoom.account.domain.Account;
import org.viltzoom.account.domain.AccountLimits;
import org.viltzoom.account.domain.AccountSnapshot;
import org.viltzoom.account.domain.AdvancedSettings;

@Mapper(imports = {LimitsBody.class, AdvancedSettingsBody.class, TemplatesBody.class})
interface AccountRestMapper {

    default AccountResponse toResponse(Account account) {
        return toResponse(account.snapshot());
    }

    @Mapping(target = "limits", expression = "java(new LimitsBody(snapshot.maxSessionsPerCourse(), snapshot.maxSessionsPerAccount(), snapshot.maxConcurrentRooms()))")
    @Mapping(target = "advancedSettings", expression = "java(new AdvancedSettingsBody(snapshot.mandatoryRegistration(), snapshot.mandatoryAuthentication(), snapshot.authenticationOption()))")
    @Mapping(target = "templates", expression = "java(new TemplatesBody(snapshot.enabledTemplateIds(), snapshot.defaultTemplateId()))")
    AccountResponse toResponse(AccountSnapshot snapshot);

    AccountLimits toLimits(LimitsBody body);

    AdvancedSettings toAdvancedSettings(AdvancedSettingsBody body);
}
