using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Registry;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    public void Published_codes_are_valid(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Check_character_follows_the_weighted_sum()
    {
        // 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + M(21)*20 + 1*8 + Y(30)*30 + 4*28 = 1640; 1640 mod 31 = 28; 31 - 28 = 3
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
        Assert.False(UnifiedSocialCreditCode.IsValid("91350100M000100Y44"));
    }

    [Theory]
    [InlineData("", "18 characters")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100I43", "not allowed")]
    [InlineData("91350100M000100Y44", "expected '3'")]
    public void Invalid_codes_are_explained(string code, string expectedWords)
    {
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains(expectedWords, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_generated_check_character_validates()
    {
        var random = new Random(7);
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var n = 0; n < 500; n++)
        {
            var body = new string(Enumerable.Range(0, 17).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(UnifiedSocialCreditCode.IsValid(body + UnifiedSocialCreditCode.CheckCharacter(body)));
        }
    }
}
