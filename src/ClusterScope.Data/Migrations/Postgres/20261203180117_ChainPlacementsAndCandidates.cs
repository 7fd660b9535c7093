using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClusterScope.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChainPlacementsAndCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CandidateId",
                table: "Leads");

            migrationBuilder.AddColumn<string>(
                name: "CandidateCode",
                table: "Leads",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Origin = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Size = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Provenance = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SegmentPlacements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChainCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SegmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PlacedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SegmentPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SegmentPlacements_Enterprises_EnterpriseCode",
                        column: x => x.EnterpriseCode,
                        principalTable: "Enterprises",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_IndustryCode",
                table: "Candidates",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_SegmentPlacements_EnterpriseCode_ChainCode",
                table: "SegmentPlacements",
                columns: new[] { "EnterpriseCode", "ChainCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "SegmentPlacements");

            migrationBuilder.DropColumn(
                name: "CandidateCode",
                table: "Leads");

            migrationBuilder.AddColumn<long>(
                name: "CandidateId",
                table: "Leads",
                type: "bigint",
                nullable: true);
        }
    }
}
