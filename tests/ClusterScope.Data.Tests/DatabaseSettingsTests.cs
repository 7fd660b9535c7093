namespace ClusterScope.Data.Tests;

public sealed class DatabaseSettingsTests
{
    [Theory]
    [InlineData("postgres", "Host=db;Username=cs;Password=s3cret-pw", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;password=s3cret-pw", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;PASSWORD=s3cret-pw", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;Pwd=s3cret-pw", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;PSW=s3cret-pw", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs; pAsSwOrD = s3cret-pw ;Database=x", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;Password='s3cret;pw=1'", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;Password=\"s3cret;pw=1\";Database=x", "Host=db")]
    [InlineData("postgres", "Host=db;Username=cs;SSL Password=s3cret-pw", "Host=db")]
    [InlineData("sqlite", "Data Source=cs.db;Password=s3cret-pw", "Data Source=cs.db")]
    [InlineData("sqlite", "Data Source=cs.db;password=s3cret-pw", "Data Source=cs.db")]
    [InlineData("sqlite", "Data Source=cs.db; PASSWORD = s3cret-pw", "Data Source=cs.db")]
    [InlineData("sqlite", "Data Source=cs.db;Password='s3cret;pw=1'", "Data Source=cs.db")]
    [InlineData("sqlite", "Data Source=cs.db;Password=\"s3cret;pw=1\";Mode=ReadWriteCreate", "Data Source=cs.db")]
    public void Passwords_are_hidden_in_every_spelling_the_provider_reads(string provider, string connection, string kept)
    {
        var described = new DatabaseSettings(provider, connection).Describe();

        Assert.DoesNotContain("s3cret", described, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"{provider}: ", described, StringComparison.Ordinal);
        Assert.Contains(kept, described, StringComparison.Ordinal);
        Assert.Contains("Password=***", described, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", "Data Source=cs.db;Pwd=s3cret-pw")]
    [InlineData("sqlite", "Data Source=cs.db;PSW=s3cret-pw")]
    [InlineData("sqlite", "Data Source=cs.db;Password='s3cret-pw")]
    [InlineData("postgres", "Host=db;Password='s3cret-pw")]
    [InlineData("postgres", "Host=db;Passwort=s3cret-pw")]
    [InlineData("postgres", "s3cret-pw")]
    public void A_string_the_provider_cannot_read_is_never_printed(string provider, string connection)
    {
        var described = new DatabaseSettings(provider, connection).Describe();

        Assert.DoesNotContain("s3cret", described, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not shown", described, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_without_a_secret_is_printed_as_it_is()
    {
        Assert.Equal("sqlite: Data Source=clusterscope.db", new DatabaseSettings("sqlite", DatabaseSettings.DefaultConnectionString).Describe());
    }
}
