using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClusterScope.Web.Tests.Startup;

/// <summary>A weak <c>Admin__Password</c> stops start-up before the database is created, migrated or loaded.</summary>
public sealed class AdminPasswordTests
{
    [Theory]
    [InlineData("Short1a")]
    [InlineData("no-capital-letter-1")]
    [InlineData("No-digit-at-all")]
    public async Task A_weak_admin_password_is_refused_before_the_SQLite_file_is_made(string password)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-weak-{Guid.NewGuid():N}.db");
        await using var app = BareApp.Build("sqlite", $"Data Source={file};Pooling=False", password);

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => WebApp.PrepareAsync(app));

        Assert.IsType<StartupRefusedException>(refused);
        Assert.Contains("Admin__Password", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password, refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file), "the database file was created");
    }

    [Fact]
    public async Task A_password_validator_added_to_Identity_applies_as_well()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-weak-{Guid.NewGuid():N}.db");
        await using var app = BareApp.Build("sqlite", $"Data Source={file};Pooling=False", TestApp.AdminPassword,
            b => b.Services.AddSingleton<IPasswordValidator<IdentityUser>>(new NoPasswordIsGoodEnough()));

        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => WebApp.PrepareAsync(app));

        Assert.Contains(NoPasswordIsGoodEnough.Description, refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file), "the database file was created");
    }

    [Fact]
    public async Task A_weak_admin_password_leaves_a_PostgreSQL_database_without_tables()
    {
        var name = $"cs_weak_{Guid.NewGuid():N}";
        var connection = await PostgresTestApp.CreateDatabaseAsync(name);
        try
        {
            await using (var app = BareApp.Build("postgres", connection, "password"))
            {
                await Assert.ThrowsAsync<StartupRefusedException>(() => WebApp.PrepareAsync(app));
            }

            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", db);
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
        finally
        {
            await PostgresTestApp.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task The_web_process_says_why_and_exits_with_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cs-weak-{Guid.NewGuid():N}.db");
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "ClusterScope.Web"))
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            Environment =
            {
                ["Admin__Password"] = "weak", ["ConnectionStrings__ClusterScope"] = $"Data Source={file}",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0", ["DOTNET_ENVIRONMENT"] = "Production",
            },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 2, $"exit {process.ExitCode}: {await output} {await error}");
        Assert.Contains("Admin__Password", await error, StringComparison.Ordinal);
        Assert.False(File.Exists(file), "the database file was created");
    }

    /// <summary>Stands for a validator someone adds later (a list of common passwords, say).</summary>
    private sealed class NoPasswordIsGoodEnough : IPasswordValidator<IdentityUser>
    {
        public const string Description = "This password is on the list of common passwords.";

        public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password) =>
            Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "Common", Description = Description }));
    }
}
