using System.Net;

namespace ClusterScope.Web.Tests.Health;

[Collection(WebTestGroup.Name)]
public sealed class HealthTests(TestApp app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_running_app_with_its_database_is_live_and_ready(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_endpoints_take_no_writes()
    {
        using var client = app.Client();
        using var empty = new StringContent("");
        var response = await client.PostAsync(new Uri("/health/ready", UriKind.Relative), empty);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
