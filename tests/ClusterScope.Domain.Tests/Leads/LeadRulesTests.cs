using ClusterScope.Domain.Leads;

namespace ClusterScope.Domain.Tests.Leads;

public class LeadRulesTests
{
    private static Lead NewLead(long id, string name = "长春某某汽车零部件有限公司", string zone = "Z1", string? credit = null, int year = 2026,
        LeadStage stage = LeadStage.Identified, Verification verification = Verification.None) => new()
    {
        Id = id, CompanyName = name, ZoneCode = zone, CreditCode = credit, Stage = stage, Verification = verification, CreatedBy = "maker",
        CreatedAtUtc = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    [Theory]
    [InlineData(LeadStage.Identified, LeadStage.Contacted, false)]
    [InlineData(LeadStage.Negotiating, LeadStage.AgreementSigned, false)]
    [InlineData(LeadStage.CapitalArrived, LeadStage.InProduction, false)]
    [InlineData(LeadStage.Identified, LeadStage.Visited, true)]
    [InlineData(LeadStage.AgreementSigned, LeadStage.Negotiating, true)]
    [InlineData(LeadStage.Contacted, LeadStage.Lost, true)]
    [InlineData(LeadStage.Lost, LeadStage.Contacted, true)]
    public void Only_the_next_stage_is_reached_without_a_reason(LeadStage from, LeadStage to, bool needsReason)
    {
        Assert.Equal(needsReason, LeadRules.NeedsReason(from, to));
        Assert.Equal(needsReason, LeadRules.RefuseMove(from, to, null) is not null);
        Assert.Null(LeadRules.RefuseMove(from, to, "the company asked"));
    }

    [Fact]
    public void A_skip_names_the_stages_it_passes_over_in_both_languages()
    {
        var (en, zh) = LeadRules.RefuseMove(LeadStage.Contacted, LeadStage.AgreementSigned, " ")!.Value;
        Assert.Equal("Moving from contacted to signed skips visited, negotiating: give the reason.", en);
        Assert.Equal("从“接洽”直接进入“签约”跳过了“考察”、“洽谈”，须填写原因。", zh);
    }

    [Fact]
    public void Staying_at_the_same_stage_is_refused_even_with_a_reason() =>
        Assert.NotNull(LeadRules.RefuseMove(LeadStage.Visited, LeadStage.Visited, "why not"));

    [Fact]
    public void Every_move_between_two_stages_either_is_free_or_needs_a_reason_and_never_both()
    {
        foreach (var from in Enum.GetValues<LeadStage>())
        {
            foreach (var to in Enum.GetValues<LeadStage>().Where(s => s != from))
            {
                var free = LeadRules.RefuseMove(from, to, null) is null;
                Assert.Equal(!LeadRules.NeedsReason(from, to), free);
                Assert.True(free == (to == from + 1 && from != LeadStage.Lost && to != LeadStage.Lost), $"{from} -> {to}");
            }
        }
    }

    [Fact]
    public void Verification_needs_a_win_with_evidence()
    {
        var lead = NewLead(1, stage: LeadStage.Negotiating);
        Assert.Contains("signed", LeadRules.RefuseRequest(lead)!.Value.En, StringComparison.Ordinal);
        lead.Stage = LeadStage.AgreementSigned;
        Assert.Contains("evidence", LeadRules.RefuseRequest(lead)!.Value.En, StringComparison.Ordinal);
        lead.Documents.Add(new LeadDocument { FileName = "photo.png", ContentType = "image/png", Content = [1], UploadedBy = "maker", IsEvidence = false });
        Assert.NotNull(LeadRules.RefuseRequest(lead));
        lead.Documents.Add(new LeadDocument { FileName = "agreement.pdf", ContentType = "application/pdf", Content = [1], UploadedBy = "maker", IsEvidence = true });
        Assert.Null(LeadRules.RefuseRequest(lead));
    }

    [Fact]
    public void The_owner_the_maker_and_the_requester_may_not_verify()
    {
        var lead = NewLead(1, stage: LeadStage.AgreementSigned, verification: Verification.Requested);
        lead.VerificationRequestedBy = "asker";
        Assert.NotNull(LeadRules.RefuseVerify(lead, "maker", reviewerOwnsZone: false, []));
        Assert.NotNull(LeadRules.RefuseVerify(lead, "asker", reviewerOwnsZone: false, []));
        Assert.NotNull(LeadRules.RefuseVerify(lead, "province", reviewerOwnsZone: true, []));
        Assert.Null(LeadRules.RefuseVerify(lead, "province", reviewerOwnsZone: false, []));
        lead.Verification = Verification.None;
        Assert.NotNull(LeadRules.RefuseVerify(lead, "province", reviewerOwnsZone: false, []));
    }

    [Fact]
    public void A_project_already_counted_is_not_verified_twice()
    {
        var lead = NewLead(2, stage: LeadStage.AgreementSigned, verification: Verification.Requested);
        var counted = NewLead(1, stage: LeadStage.Started, verification: Verification.Verified);
        var (en, _) = LeadRules.RefuseVerify(lead, "province", false, [counted])!.Value;
        Assert.Contains("lead 1", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_credit_code_is_the_same_project_across_zones_and_years()
    {
        var lead = NewLead(1, credit: "91220101MA0Y5XXXXA");
        var elsewhere = NewLead(2, name: "Another name Ltd", zone: "Z9", credit: "91220101ma0y5xxxxa ", year: 2024);
        var unrelated = NewLead(3, name: "Another name Ltd", zone: "Z9", credit: "91220101MA0Y5YYYYB");
        Assert.Equal([2L], LeadRules.SuspectedDuplicates(lead, [elsewhere, unrelated, lead]).Select(l => l.Id));
    }

    [Fact]
    public void The_same_name_counts_as_the_same_project_only_in_the_same_zone_and_year()
    {
        var lead = NewLead(1, name: "FAW  Tooling (Changchun) Co., Ltd.");
        var sameName = NewLead(2, name: "faw tooling (changchun) co ltd");
        var otherZone = NewLead(3, name: "FAW Tooling (Changchun) Co., Ltd.", zone: "Z2");
        var otherYear = NewLead(4, name: "FAW Tooling (Changchun) Co., Ltd.", year: 2025);
        var signedThisYear = NewLead(5, name: "FAW Tooling (Changchun) Co., Ltd.", year: 2025);
        signedThisYear.SignedOn = new DateOnly(2026, 5, 1);
        Assert.Equal([2L, 5L], LeadRules.SuspectedDuplicates(lead, [sameName, otherZone, otherYear, signedThisYear]).Select(l => l.Id));
    }

    [Fact]
    public void Full_width_forms_fold_when_names_are_compared() =>
        Assert.Equal(LeadRules.NormalisedName("吉林（长春）ＡＢＣ有限公司"), LeadRules.NormalisedName("吉林(长春)abc有限公司"));

    [Fact]
    public void A_win_counts_only_when_verified_and_signed_or_later()
    {
        var lead = NewLead(1, stage: LeadStage.CapitalArrived, verification: Verification.Requested);
        Assert.False(lead.CountsAsWin);
        lead.Verification = Verification.Verified;
        Assert.True(lead.CountsAsWin);
        lead.Stage = LeadStage.Lost;
        Assert.False(lead.CountsAsWin);
    }

    [Theory]
    [InlineData("capital-arrived", LeadStage.CapitalArrived)]
    [InlineData("SIGNED", LeadStage.AgreementSigned)]
    [InlineData("InProduction", LeadStage.InProduction)]
    public void Stages_read_from_their_codes(string text, LeadStage expected) => Assert.Equal(expected, LeadStages.Parse(text));

    [Theory]
    [InlineData("3")]
    [InlineData("won")]
    [InlineData(null)]
    public void Unknown_stage_text_reads_as_none(string? text) => Assert.Null(LeadStages.Parse(text));
}
