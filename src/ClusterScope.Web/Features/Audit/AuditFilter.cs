namespace ClusterScope.Web.Features.Audit;

/// <summary>What to look for in the audit log; every part is optional.</summary>
/// <param name="Type">The record type, exactly (e.g. <c>DevelopmentZone</c>, <c>User</c>).</param>
/// <param name="Key">Part of the record's key (e.g. a zone code).</param>
/// <param name="Actor">Part of the actor's name.</param>
/// <param name="Field">The changed field, exactly.</param>
/// <param name="Origin">Part of the origin (form, API route, import file).</param>
/// <param name="From">First day, inclusive (UTC).</param>
/// <param name="To">Last day, inclusive (UTC).</param>
public sealed record AuditFilter(string? Type = null, string? Key = null, string? Actor = null, string? Field = null, string? Origin = null,
    DateOnly? From = null, DateOnly? To = null);
