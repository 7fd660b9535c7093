namespace ClusterScope.Cli.Tests.Commands;

/// <summary><c>clusterscope users add | list | assign</c> on a loaded SQLite database.</summary>
public sealed class UsersCommandTests(LoadedCliDatabase database) : IClassFixture<LoadedCliDatabase>
{
    [Fact]
    public async Task Add_list_and_assign_a_zone_manager_and_the_audit_log_records_it()
    {
        Environment.SetEnvironmentVariable("CS_TEST_NEW_PASSWORD", "Cli-password-123");
        var add = await CliRun.RunAsync("users", "add", "cli-manager", "--role", "zone-manager", "--zone", "22101001", "--zone", "22103001",
            "--password-env", "CS_TEST_NEW_PASSWORD", "--connection", database.Connection);
        Assert.Equal(0, add.ExitCode);
        Assert.Equal("Created cli-manager", add.Output.Trim());

        var list = await CliRun.RunAsync("users", "list", "--format", "csv", "--connection", database.Connection);
        Assert.Contains("cli-manager,,zone-manager,22101001 22103001,false", list.Output, StringComparison.Ordinal);

        var assign = await CliRun.RunAsync("users", "assign", "cli-manager", "--role", "analyst", "--connection", database.Connection);
        Assert.Equal(0, assign.ExitCode);
        list = await CliRun.RunAsync("users", "list", "--format", "csv", "--connection", database.Connection);
        Assert.Contains("cli-manager,,analyst,,false", list.Output, StringComparison.Ordinal);

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT group_concat("Action" || ':' || coalesce("Field", ''), ' ') FROM "AuditEntries" WHERE "EntityType" = 'User' AND "EntityCode" = 'cli-manager'""";
        Assert.Equal("Created: Updated:Role Updated:Zones", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Password12", "Password: The password is on a list of commonly used passwords; choose another.")]
    [InlineData("Cli-Common-cli-bad-1", "Password: The password may not contain the user name.")]
    public async Task A_common_password_or_one_containing_the_user_name_is_refused(string password, string message)
    {
        Environment.SetEnvironmentVariable("CS_TEST_WEAK_PASSWORD", password);
        var add = await CliRun.RunAsync("users", "add", "cli-bad", "--password-env", "CS_TEST_WEAK_PASSWORD", "--connection", database.Connection);
        Assert.Equal(CliApp.Failed, add.ExitCode);
        Assert.Contains(message, add.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_password_is_printed_once_and_satisfies_the_rules()
    {
        var add = await CliRun.RunAsync("users", "add", "cli-analyst", "--role", "analyst", "--connection", database.Connection);
        Assert.Equal(0, add.ExitCode);
        Assert.Matches("^Created cli-analyst with password [A-Za-z0-9]{16}  \\(shown only once\\)$", add.Output.Trim());
    }

    [Theory]
    [InlineData("users add cli-bad --role zone-manager", "Zones: A zone manager needs at least one zone.")]
    [InlineData("users add cli-bad --role analyst --zone 22101001", "Zones: Only zone managers are assigned zones.")]
    [InlineData("users add cli-bad --role zone-manager --zone 99999999", "Zones: Unknown zone code(s): 99999999.")]
    [InlineData("users add cli-bad --role king", "Role: Unknown role king")]
    [InlineData("users add cli-bad --password-env CS_TEST_UNSET_VARIABLE", "--password-env names CS_TEST_UNSET_VARIABLE, which is not set.")]
    [InlineData("users assign nobody-here --role analyst", "there is no user 'nobody-here'")]
    public async Task Bad_input_is_named_and_nothing_is_saved(string args, string message)
    {
        var run = await CliRun.RunAsync([.. args.Split(' '), "--connection", database.Connection]);
        Assert.Equal(CliApp.Failed, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        var list = await CliRun.RunAsync("users", "list", "--format", "csv", "--connection", database.Connection);
        Assert.DoesNotContain("cli-bad", list.Output, StringComparison.Ordinal);
    }
}
