using System.Net;

namespace ClusterScope.Web.Tests.Language;

[Collection(WebTestGroup.Name)]
public sealed class LanguageRedirectTests(TestApp app)
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\/evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("http://evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/zones\r\nSet-Cookie: x=1")]
    [InlineData("~//evil.example")]
    [InlineData("")]
    public async Task An_odd_return_url_goes_home(string returnUrl)
    {
        var location = await RedirectAsync("/language/zh-CN?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal("/", location);
    }

    [Fact]
    public async Task A_nul_in_the_return_url_is_refused_with_400_as_in_any_query()
    {
        using var client = app.Client();
        var response = await client.GetAsync(new Uri("/language/zh-CN?returnUrl=" + Uri.EscapeDataString("/zones\u0000"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_encoded_backslash_of_the_report_goes_home()
    {
        Assert.Equal("/", await RedirectAsync("/language/en?returnUrl=/%5Cevil.example"));
    }

    [Theory]
    [InlineData("/zones?page=2&sort=area")]
    [InlineData("/")]
    [InlineData("/%5Cevil.example")]
    public async Task A_local_return_url_is_kept(string returnUrl)
    {
        Assert.Equal(returnUrl, await RedirectAsync("/language/en?returnUrl=" + Uri.EscapeDataString(returnUrl)));
    }

    [Fact]
    public async Task A_path_in_Chinese_is_kept_percent_encoded()
    {
        Assert.Equal("/%E5%BC%80%E5%8F%91%E5%8C%BA?q=%E9%95%BF%E6%98%A5", await RedirectAsync("/language/zh-CN?returnUrl=" + Uri.EscapeDataString("/开发区?q=长春")));
    }

    private async Task<string?> RedirectAsync(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{path}: {(int)response.StatusCode}");
        return response.Headers.Location?.OriginalString;
    }
}
