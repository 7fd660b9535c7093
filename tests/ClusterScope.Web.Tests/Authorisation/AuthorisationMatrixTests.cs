using System.Net;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Authorisation;

/// <summary>Runs <see cref="Matrix"/> against the app: every listed endpoint for every caller, and fails when the app has a
/// write endpoint or protected read the matrix does not list.</summary>
public abstract class AuthorisationMatrixTests(MatrixApp matrix)
{
    [Fact]
    public async Task Every_write_endpoint_and_protected_read_of_the_app_is_in_the_matrix()
    {
        var discovered = await WriteEndpoints.DiscoverAsync(matrix.App.App.Services);
        var listed = Matrix.Rows.Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        var missing = discovered.Where(e => !listed.Contains(e)).ToList();
        var stale = listed.Where(e => !discovered.Contains(e)).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in Authorisation/Matrix.cs (add who may call them):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Rows of Authorisation/Matrix.cs whose endpoint the app no longer has:\n" + string.Join("\n", stale));
    }

    [Theory]
    [MemberData(nameof(Matrix.Cases), MemberType = typeof(Matrix))]
    public async Task Each_caller_is_allowed_or_denied_as_the_matrix_says(string endpoint, Caller caller)
    {
        var row = Matrix.Rows.Single(r => r.Endpoint == endpoint);
        var crossOrigin = caller is Caller.AdminWithoutToken or Caller.AdminFromForeignOrigin;
        var request = await row.Build(matrix);
        var allowed = crossOrigin ? request.Method == HttpMethod.Get && row.Allowed.Contains(Caller.Admin) : row.Allowed.Contains(caller);
        using var client = matrix.ClientOf(caller);
        using var message = new HttpRequestMessage(request.Method, new Uri(request.Url, UriKind.Relative));
        // A token issued to this caller's session, as the app's pages and scripts get it; another site cannot read it.
        var token = caller == Caller.AdminWithoutToken ? null : await TestApp.AntiforgeryTokenAsync(client);
        if (request.Form is { } form)
        {
            if (token is not null)
            {
                form["__RequestVerificationToken"] = token;
            }

            message.Content = new FormUrlEncodedContent(form);
        }
        else
        {
            message.Content = request.Body;
            if (token is not null)
            {
                message.Headers.Add("X-CSRF-TOKEN", token);
            }
        }

        if (caller == Caller.AdminFromForeignOrigin)
        {
            message.Headers.Add("Origin", "http://evil.example");
        }

        var before = await FingerprintAsync();
        using var response = await client.SendAsync(message);
        var after = await FingerprintAsync();
        var denied = IsDenied(request.Url, caller, response) || (row.HiddenAsNotFound && response.StatusCode == HttpStatusCode.NotFound);

        if (allowed)
        {
            Assert.False(denied, $"{caller} should pass authorisation on {endpoint}; got {(int)response.StatusCode} {response.Headers.Location}");
            Assert.True((int)response.StatusCode < 500, $"{caller} on {endpoint}: server error {(int)response.StatusCode}");
            if (caller == Caller.Admin && row.AdminCallWrites)
            {
                Assert.True(before.AuditEntries < after.AuditEntries,
                    $"The admin's call to {endpoint} should have changed data (and audited it); got {(int)response.StatusCode}: {(await response.Content.ReadAsStringAsync())[..Math.Min(300, (int)(response.Content.Headers.ContentLength ?? 0))]}");
            }
        }
        else
        {
            Assert.True(denied, $"{caller} should be denied {endpoint}; got {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal(before, after);
            if (crossOrigin && response.StatusCode == HttpStatusCode.Forbidden)
            {
                Assert.Contains(caller == Caller.AdminWithoutToken ? "Antiforgery token" : "Cross-origin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The explicit deny rule: API 401 for anonymous and 403 for signed-in callers; pages a redirect to the sign-in form.
    /// A cross-origin caller's write is refused with 403 (proof of origin) or, by a page's own antiforgery check, 400.</summary>
    private static bool IsDenied(string url, Caller caller, HttpResponseMessage response)
    {
        if (caller is Caller.AdminWithoutToken or Caller.AdminFromForeignOrigin)
        {
            return response.StatusCode == HttpStatusCode.Forbidden
                || (!url.StartsWith("/api/", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.BadRequest);
        }

        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            return response.StatusCode == (caller == Caller.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        }

        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.ToString().Contains("/account/login?ReturnUrl=", StringComparison.Ordinal) == true;
    }

    /// <summary>What any change would alter: the audit log (every change is audited), users and zone assignments.</summary>
    private async Task<Fingerprint> FingerprintAsync()
    {
        await using var scope = matrix.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => u.UserName + "|" + u.ConcurrencyStamp + "|" + u.PasswordHash + "|" + u.LockoutEnd).ToListAsync();
        var roles = await db.UserRoles.AsNoTracking().CountAsync();
        return new Fingerprint(await db.AuditEntries.CountAsync(), await db.AuditEntries.MaxAsync(a => (long?)a.Id) ?? 0,
            string.Join("\n", users), roles, await db.ZoneAssignments.CountAsync(), await db.Plans.CountAsync(), await db.Targets.CountAsync(),
            await db.Submissions.CountAsync(), await db.Submissions.SumAsync(s => s.Version), await db.SubmissionFlags.CountAsync(f => f.DismissedBy != null),
            await db.Observations.CountAsync(), await db.ApiTokens.CountAsync(), await db.ApiTokens.CountAsync(t => t.RevokedAtUtc != null));
    }

    private sealed record Fingerprint(int AuditEntries, long LastAuditId, string Users, int UserRoles, int ZoneAssignments, int Plans, int Targets,
        int Submissions, int SubmissionVersions, int DismissedFlags, int Observations, int ApiTokens, int RevokedApiTokens);
}

public sealed class SqliteAuthorisationMatrixTests(SqliteMatrixApp matrix) : AuthorisationMatrixTests(matrix), IClassFixture<SqliteMatrixApp>;

public sealed class PostgresAuthorisationMatrixTests(PostgresMatrixApp matrix) : AuthorisationMatrixTests(matrix), IClassFixture<PostgresMatrixApp>;
