using System.CommandLine;
using ClusterScope.Data.Auditing;
using ClusterScope.Web.Features.Users;
using ClusterScope.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope users list</c>, <c>users add &lt;name&gt;</c> and <c>users assign &lt;name&gt;</c>: accounts for operators.</summary>
internal static class UsersCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("users", "User accounts, roles and zone assignments (changes are audited)") { List(output, error), Add(output, error), Assign(output, error) };

    private static Option<string?> RoleOption() => new("--role", "-r")
    {
        Description = "admin, zone-manager or analyst; leave out for a user who reads published data only",
    };

    private static Option<string[]> ZoneOption() => new("--zone", "-z")
    {
        Description = "A zone code a zone manager reports for (repeat for several)", AllowMultipleArgumentsPerToken = true,
    };

    private static Command List(TextWriter output, TextWriter error)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List the users with their roles, zones and lock state") { format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = Build(parse);
            await using var scope = services.CreateAsyncScope();
            var listing = new Listing(["user_name", "email", "role", "zones", "locked"]);
            foreach (var u in await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync(ct))
            {
                listing.Add(u.UserName, u.Email, u.Role ?? "none", string.Join(' ', u.Zones), u.Locked);
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Add(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("user-name") { Description = "The new user's sign-in name" };
        var email = new Option<string?>("--email") { Description = "Optional e-mail address" };
        var role = RoleOption();
        var zones = ZoneOption();
        var passwordEnv = new Option<string?>("--password-env")
        {
            Description = "Name of an environment variable holding the initial password; without it a password is generated and printed once",
        };
        var command = new Command("add", "Create a user") { name, email, role, zones, passwordEnv };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            string password;
            if (parse.GetValue(passwordEnv) is { } variable)
            {
                if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } fromEnv)
                {
                    await error.WriteLineAsync($"error: --password-env names {variable}, which is not set.");
                    return CliApp.Failed;
                }

                password = fromEnv;
            }
            else
            {
                password = IdentitySetup.GeneratePassword();
            }

            await using var services = Build(parse);
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var change = await users.CreateAsync(parse.GetValue(name)!, parse.GetValue(email), password, parse.GetValue(role),
                parse.GetValue(zones) ?? [], Audit("users add"), ct);
            if (await RefusedAsync(change, error))
            {
                return CliApp.Failed;
            }

            await output.WriteLineAsync(parse.GetValue(passwordEnv) is null
                ? $"Created {parse.GetValue(name)} with password {password}  (shown only once)"
                : $"Created {parse.GetValue(name)}");
            return 0;
        }));
        return command;
    }

    private static Command Assign(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("user-name") { Description = "The user's sign-in name" };
        var role = RoleOption();
        var zones = ZoneOption();
        var command = new Command("assign", "Set a user's role and zones (the zones replace the ones held)") { name, role, zones };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = Build(parse);
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var user = (await users.ListAsync(ct)).FirstOrDefault(u => u.UserName == parse.GetValue(name)!.Trim());
            if (user is null)
            {
                await error.WriteLineAsync($"error: there is no user '{parse.GetValue(name)}'; 'clusterscope users list' shows the users.");
                return CliApp.Failed;
            }

            var change = await users.SetRoleAsync(user.Id, parse.GetValue(role), parse.GetValue(zones) ?? [], user.ConcurrencyStamp, "",
                Audit("users assign"), ct);
            if (await RefusedAsync(change, error))
            {
                return CliApp.Failed;
            }

            await output.WriteLineAsync($"{user.UserName}: role {parse.GetValue(role) ?? "none"}, zones {string.Join(' ', parse.GetValue(zones) ?? [])}");
            return 0;
        }));
        return command;
    }

    private static ServiceProvider Build(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        Data.DataServiceCollectionExtensions.AddClusterScopeData(services, CliServices.Configuration(parse));
        services.AddClusterScopeUsers();
        return services.BuildServiceProvider();
    }

    private static AuditScope Audit(string command) => new($"cli:{Environment.UserName}", command);

    private static async Task<bool> RefusedAsync(UserChange change, TextWriter error)
    {
        switch (change.Status)
        {
            case UserChangeStatus.Done:
                return false;
            case UserChangeStatus.Conflict:
                await error.WriteLineAsync("error: the user was changed by someone else meanwhile; nothing was saved. Run the command again.");
                return true;
            default:
                foreach (var (field, messages) in change.Errors ?? new Dictionary<string, string[]>())
                {
                    await error.WriteLineAsync($"error: {field}: {string.Join(" ", messages)}");
                }

                return true;
        }
    }
}
