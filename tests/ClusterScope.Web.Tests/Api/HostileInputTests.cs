using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Api;

/// <summary>Hostile uploads and texts through the real host: each answered promptly with a clear 4xx, nothing stored.</summary>
[Collection(WebTestGroup.Name)]
public sealed class HostileInputTests(TestApp app)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>A one-sheet XLSX whose sheet XML is <paramref name="sheet"/>.</summary>
    private static byte[] Xlsx(string sheet)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            Part("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Part("xl/worksheets/sheet1.xml", sheet);
        }

        return buffer.ToArray();
    }

    private async Task<(string Zone, string Manager)> ManagerAsync()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var zone = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.OrderBy(z => z.Code).Select(z => z.Code).Skip(7).FirstAsync();
        var manager = $"hostile-{Guid.NewGuid():N}"[..20];
        await app.CreateUserAsync(manager, "zone-manager", zone);
        return (zone, manager);
    }

    [Fact]
    public async Task A_sheet_claiming_a_huge_dimension_is_refused_at_once_for_a_zone_manager()
    {
        var (zone, manager) = await ManagerAsync();
        using var client = await app.ClientForAsync(manager);
        using var bomb = Upload("dimension.xlsx", Xlsx("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD200000"/><sheetData><row r="200000"><c r="XFD200000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"""));
        var response = await client.PostAsync(Url($"/api/v1/submissions?zone={zone}&dryRun=true"), bomb);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(200_000, error.GetProperty("row").GetInt32());
        Assert.Contains("more than 200 columns", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dtd_is_refused_with_400_naming_it_and_a_huge_cell_is_never_echoed()
    {
        using var client = await app.AdminClientAsync();
        using var xxe = Upload("xxe.xlsx", Xlsx("""<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>"""));
        var refused = await client.PostAsync(Url("/api/v1/imports/observations?dryRun=true"), xxe);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("DTD", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);

        var value = new string('9', 5_000);
        using var longCell = Upload("long.csv", Encoding.UTF8.GetBytes($"{Header}\nZone,22101001,zone_industrial_output,2033-01,{value},Reported,Real,api\n"));
        var answer = await (await client.PostAsync(Url("/api/v1/imports/observations?dryRun=true"), longCell)).Content.ReadAsStringAsync();
        Assert.DoesNotContain(value[..100], answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_with_problem_details()
    {
        using var client = await app.AdminClientAsync();
        foreach (var megabytes in new[] { 50.5, 60 })
        {
            // Past Kestrel's body limit (60 MB) or only past the form reader's (50.5 MB): the same answer. The client waits
            // for the server's go-ahead before it sends, as a browser's upload of a big file may not, so it reads the answer.
            using var huge = Upload("huge.csv", new byte[(int)(megabytes * 1024 * 1024)]);
            using var request = new HttpRequestMessage(HttpMethod.Post, Url("/api/v1/imports/observations?dryRun=true")) { Content = huge };
            request.Headers.ExpectContinue = true;
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("50 MB", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_upload_over_the_limit_answers_413_with_a_page_in_the_users_language()
    {
        using var client = await app.AdminClientAsync();
        using var huge = Upload("huge.csv", new byte[51 * 1024 * 1024]);
        huge.Add(new StringContent("observations"), "Kind");
        using var request = new HttpRequestMessage(HttpMethod.Post, Url("/imports?handler=Check&culture=zh-CN")) { Content = huge };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("文件超过服务器允许的 50 MB", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/imports?handler=Check&amp;culture=zh-CN\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin1_is_refused_naming_the_row_and_nothing_is_stored_as_a_question_mark()
    {
        using var client = await app.AdminClientAsync();
        using var latin1 = Upload("latin1.csv", Encoding.Latin1.GetBytes($"{Header}\nZone,22101001,zone_industrial_output,2033-05,1,Reported,Real,café naïve\n"));
        var response = await client.PostAsync(Url("/api/v1/imports/observations"), latin1);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Contains("save the file as UTF-8", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zone_import_and_the_zone_edit_refuse_the_same_long_name()
    {
        using var client = await app.AdminClientAsync();
        var zone = (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/zones/22101001"))).GetProperty("zone");
        var version = zone.GetProperty("version").GetInt32();
        var longName = new string('n', 201);
        var put = await client.PutAsJsonAsync(Url("/api/v1/zones/22101001"), new
        {
            nameZh = zone.GetProperty("nameZh").GetString(), nameEn = longName, ecoIndustrialStatus = zone.GetProperty("ecoIndustrialStatus").GetString(), version,
        });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("at most 200", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var template = await client.GetStringAsync(Url("/api/v1/imports/templates/zones?format=csv"));
        var lines = template.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var columns = lines[0].Split(',');
        var row = lines[1].Split(',');
        row[Array.IndexOf(columns, "name_en")] = longName;
        using var file = Upload("zones.csv", Encoding.UTF8.GetBytes($"{lines[0]}\n{string.Join(',', row)}\n"));
        var import = await client.PostAsync(Url("/api/v1/imports/zones?dryRun=true"), file);
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var error = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal(("name_en", "name_en has 201 characters; at most 200"), (error.GetProperty("column").GetString(), error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_nul_in_a_filter_a_json_text_or_a_file_name_is_400_not_a_server_error()
    {
        using var anonymous = app.Client();
        var filter = await anonymous.GetAsync(Url("/api/v1/zones?name=a%00b"));
        Assert.Equal(HttpStatusCode.BadRequest, filter.StatusCode);
        Assert.Contains("name", await filter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync(Url("/zones?name=%00"))).StatusCode);

        using var client = await app.AdminClientAsync();
        var zone = (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/zones/22101001"))).GetProperty("zone");
        var put = await client.PutAsJsonAsync(Url("/api/v1/zones/22101001"), new
        {
            nameZh = "名称", nameEn = "a\0b", ecoIndustrialStatus = zone.GetProperty("ecoIndustrialStatus").GetString(), version = zone.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var after = (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/zones/22101001"))).GetProperty("zone");
        Assert.Equal(zone.GetProperty("nameEn").GetString(), after.GetProperty("nameEn").GetString());

        using var badName = Upload("a\u0001.csv", Encoding.UTF8.GetBytes($"{Header}\n"));
        var upload = await client.PostAsync(Url("/api/v1/imports/observations?dryRun=true"), badName);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("file name", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_longer_than_the_column_is_cut_keeping_its_extension()
    {
        using var client = await app.AdminClientAsync();
        var name = new string('z', 400) + ".csv";
        using var file = Upload(name, Encoding.UTF8.GetBytes($"{Header}\nZone,22101001,zone_industrial_output,2033-06,2,Reported,Real,api\n"));
        var response = await client.PostAsync(Url("/api/v1/imports/observations"), file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").GetString()!;
        Assert.Equal(200, stored.Length);
        Assert.EndsWith("….csv", stored, StringComparison.Ordinal);
    }
}
