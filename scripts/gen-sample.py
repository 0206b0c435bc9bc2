#!/usr/bin/env python3
"""Generate quarterly monev input drops (unit_kerja, indikator, pegawai, skp, perilaku, tambahan).

The committed sample under input/ is exactly:

    python3 scripts/gen-sample.py --seed 20260930 --year 2026 --quarters 1-3 --out input

Province scale (issue 8), about 48,000 employees and 264,000 SKP rows per quarter:

    python3 scripts/gen-sample.py --units 60 --employees-per-unit 800 --out /tmp/monev-province

The data is clean (`monev validate` reports no error) and deterministic: the same arguments give
the same bytes. `--style excel-id` writes what Indonesian Excel's "CSV" export gives: `;`
delimiters, decimal commas, `Rp 1.500.000` budgets, a UTF-8 BOM, CRLF and `Kode Unit` headers.
Python 3 standard library only.
"""
import argparse
import csv
import os
import random
from decimal import Decimal, ROUND_HALF_UP

UNIT_NAMES = [
    "Bagian Tata Pemerintahan", "Bagian Hukum", "Bagian Perekonomian", "Bagian Organisasi",
    "Bagian Umum", "Bagian Perencanaan dan Keuangan", "Bagian Kesejahteraan Rakyat",
    "Bagian Administrasi Pembangunan", "Bagian Pengadaan Barang dan Jasa",
    "Bagian Protokol dan Komunikasi Pimpinan", "Dinas Pendidikan", "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman",
    "Satuan Polisi Pamong Praja", "Dinas Sosial", "Dinas Tenaga Kerja",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Pangan", "Dinas Lingkungan Hidup",
    "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Perhubungan", "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan Usaha Mikro",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Kepemudaan dan Olahraga",
    "Dinas Perpustakaan dan Kearsipan", "Dinas Perikanan", "Dinas Pariwisata dan Kebudayaan",
    "Dinas Pertanian", "Dinas Perdagangan dan Perindustrian",
    "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Inspektorat Daerah", "Badan Penanggulangan Bencana Daerah",
    "Badan Kesatuan Bangsa dan Politik", "Sekretariat DPRD",
]
KECAMATAN = ["Ciawi", "Sukamaju", "Cibeber", "Karangtengah", "Sindangbarang", "Pagelaran", "Cugenang",
             "Mande", "Warungkondang", "Gekbrong", "Cilaku", "Sukaresmi", "Cikalongkulon", "Bojongpicung",
             "Haurwangi", "Campaka", "Takokak", "Kadupandak", "Agrabinta", "Leles"]

MALE = ["Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Iwan", "Joko", "Kurniawan", "Lukman",
        "Muhammad", "Nanang", "Rizal", "Slamet", "Taufik", "Wahyu", "Yusuf", "Agus", "Bambang", "Dadang",
        "Asep", "Cecep", "Ujang", "Heri", "Rudi", "Irfan", "Teguh", "Arief", "Dimas", "Gilang"]
FEMALE = ["Siti", "Dewi", "Sri", "Rina", "Yuni", "Nurul", "Ratna", "Endang", "Lilis", "Wulan",
          "Fitri", "Ika", "Novi", "Rahmawati", "Tuti", "Euis", "Neneng", "Ani", "Dian", "Maya",
          "Indah", "Kartika", "Lestari", "Putri", "Ayu", "Mega", "Nia", "Sari", "Tri", "Vina"]
FAMILY = ["Setiawan", "Hidayat", "Saputra", "Nugroho", "Kusuma", "Permana", "Suryadi", "Rahman",
          "Hakim", "Wijaya", "Santoso", "Pratama", "Gunawan", "Hermawan", "Firmansyah", "Susanti",
          "Handayani", "Rahayu", "Purnamasari", "Maharani", "Nurhayati", "Kurniasih", "Suherman",
          "Sulaeman", "Mulyana", "Ramdani", "Sopandi", "Hasanah", "Fauziah", "Lestari"]
DEGREES = ["S.H.", "S.E.", "S.Sos.", "S.IP.", "S.Kom.", "S.T.", "S.AP.", "S.Pd.", "A.Md.", "S.Ak."]
MASTERS = ["M.Si.", "M.M.", "M.H.", "M.AP.", "M.Ak."]

PANGKAT = {
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tk. I", "II/c": "Pengatur", "II/d": "Pengatur Tk. I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tk. I", "III/c": "Penata", "III/d": "Penata Tk. I",
    "IV/a": "Pembina", "IV/b": "Pembina Tk. I", "IV/c": "Pembina Utama Muda",
}
FUNGSIONAL = ["Analis Kebijakan Ahli Muda", "Perencana Ahli Pertama", "Pranata Komputer Ahli Pertama",
              "Arsiparis Ahli Muda", "Analis Hukum Ahli Pertama", "Auditor Ahli Pertama",
              "Perancang Peraturan Perundang-undangan Ahli Muda", "Pranata Hubungan Masyarakat Ahli Muda",
              "Analis Keuangan Pusat dan Daerah Ahli Pertama", "Analis Sumber Daya Manusia Aparatur Ahli Muda"]
PELAKSANA = ["Pengadministrasi Umum", "Pengelola Keuangan", "Pengelola Data", "Pengadministrasi Kepegawaian",
             "Bendahara Pengeluaran Pembantu", "Pengelola Barang Milik Daerah", "Penyusun Laporan Keuangan",
             "Verifikator Keuangan", "Pengemudi", "Caraka"]
SUBBAGIAN = ["Program dan Pelaporan", "Tata Usaha", "Keuangan", "Kepegawaian", "Perundang-undangan",
             "Bantuan Hukum", "Kelembagaan", "Pelayanan Publik", "Perlengkapan", "Rumah Tangga"]

# (kegiatan, satuan, target range, months, budget range in millions or None)
ACTIVITIES = {
    "struktural": [
        ("Mengoordinasikan penyusunan rencana kerja {unit}", "dokumen", (1, 1), 12, None),
        ("Melaksanakan evaluasi kinerja pegawai {unit}", "laporan", (2, 4), 12, None),
        ("Memimpin rapat koordinasi {unit}", "kegiatan", (4, 12), 12, None),
        ("Menyusun laporan kinerja {unit}", "dokumen", (1, 2), 12, None),
        ("Melaksanakan fasilitasi program prioritas {unit}", "kegiatan", (2, 6), 12, (24, 250)),
        ("Mengendalikan pelaksanaan anggaran {unit}", "laporan", (4, 12), 12, None),
        ("Melaksanakan monitoring dan evaluasi kegiatan {unit}", "laporan", (2, 4), 6, (10, 60)),
    ],
    "fungsional": [
        ("Menyusun kajian kebijakan bidang {unit}", "naskah", (1, 4), 12, None),
        ("Menyusun rancangan peraturan bupati bidang {unit}", "rancangan", (1, 6), 12, None),
        ("Melakukan pemeliharaan jaringan dan aplikasi {unit}", "laporan", (4, 12), 12, None),
        ("Melaksanakan penataan arsip dinamis {unit}", "berkas", (50, 400), 12, None),
        ("Menyusun bahan publikasi kegiatan {unit}", "naskah", (6, 24), 12, (5, 40)),
        ("Melaksanakan reviu dokumen perencanaan {unit}", "dokumen", (2, 8), 6, None),
        ("Menganalisis kebutuhan diklat pegawai {unit}", "laporan", (1, 2), 3, None),
    ],
    "pelaksana": [
        ("Mengagendakan surat masuk dan keluar {unit}", "surat", (200, 1500), 12, None),
        ("Menyusun rekapitulasi daftar hadir pegawai {unit}", "laporan", (12, 12), 12, None),
        ("Menyiapkan bahan rapat {unit}", "kegiatan", (10, 40), 12, None),
        ("Menginput data anggaran {unit} ke aplikasi SIPD", "dokumen", (20, 120), 12, None),
        ("Menyusun surat pertanggungjawaban belanja {unit}", "dokumen", (24, 96), 12, (12, 180)),
        ("Memelihara kendaraan dinas {unit}", "unit", (1, 4), 12, (6, 48)),
        ("Mengelola persediaan alat tulis kantor {unit}", "laporan", (12, 12), 12, (15, 90)),
    ],
}
TUGAS_TAMBAHAN = ["Anggota Tim Penyusun Rancangan APBD", "Sekretaris Panitia Hari Jadi Kabupaten",
                  "Anggota Tim Pengelola Website", "Pejabat Pengadaan", "Anggota Tim Reformasi Birokrasi",
                  "Anggota Satgas Zona Integritas", "Operator Aplikasi e-Kinerja", "Anggota Tim SAKIP"]
KREATIVITAS = ["Membuat aplikasi pelacakan disposisi surat", "Menyusun SOP pelayanan berbasis daring",
               "Merancang dasbor realisasi anggaran", "Menggagas layanan konsultasi hukum keliling",
               "Membuat formulir elektronik permohonan data"]

# (nama, satuan, polaritas, agregasi, per-quarter targets Q1..Q4, decimals, money)
INDICATORS = [
    ("Persentase dokumen perencanaan yang disusun tepat waktu", "persen", "positif", "terakhir", [25, 50, 75, 100], 2, False),
    ("Jumlah rancangan produk hukum yang difasilitasi", "dokumen", "positif", "kumulatif", [8, 10, 12, 10], 0, False),
    ("Indeks kepuasan layanan internal", "nilai", "positif", "rata_rata", [82, 82, 82, 82], 2, False),
    ("Persentase temuan pemeriksaan yang belum ditindaklanjuti", "persen", "negatif", "terakhir", [20, 15, 12, 10], 2, False),
    ("Rata-rata waktu penyelesaian naskah dinas", "hari", "negatif", "rata_rata", [3, 3, 3, 3], 1, False),
    ("Persentase realisasi anggaran", "persen", "positif", "terakhir", [20, 45, 70, 95], 2, False),
    ("Jumlah rapat koordinasi yang dilaksanakan", "kegiatan", "positif", "kumulatif", [6, 6, 6, 6], 0, False),
    ("Jumlah aduan masyarakat yang tidak tertangani", "aduan", "negatif", "kumulatif", [3, 2, 2, 1], 0, False),
    ("Realisasi pendapatan daerah yang dikelola", "rupiah", "positif", "kumulatif",
     [350_000_000, 400_000_000, 450_000_000, 300_000_000], 0, True),
    ("Persentase pegawai yang mengikuti pengembangan kompetensi", "persen", "positif", "terakhir", [10, 30, 60, 80], 2, False),
]

CANONICAL = {
    "unit_kerja": ["kode_unit", "nama_unit", "kode_induk", "nama_kepala", "nip_kepala", "jabatan_kepala"],
    "indikator": ["kode_unit", "kode_indikator", "nama_indikator", "satuan", "polaritas", "agregasi",
                  "target_tahunan", "target_triwulan", "realisasi_triwulan"],
    "pegawai": ["nip", "nama", "pangkat_golongan", "jabatan", "kode_unit", "jenis_jabatan", "nip_penilai"],
    "skp": ["nip", "no", "kegiatan", "angka_kredit", "target_kuantitas", "satuan_kuantitas", "target_kualitas",
            "target_waktu", "target_biaya", "realisasi_kuantitas", "realisasi_kualitas", "realisasi_waktu",
            "realisasi_biaya"],
    "perilaku": ["nip", "orientasi_pelayanan", "integritas", "komitmen", "disiplin", "kerja_sama", "kepemimpinan"],
    "tambahan": ["nip", "jenis", "uraian", "tingkat"],
}
EXCEL_HEADERS = {"nip": "NIP", "nip_kepala": "NIP Kepala", "nip_penilai": "NIP Penilai",
                 "pangkat_golongan": "Pangkat/Golongan", "no": "No."}


def parse_range(text):
    """`1-3` -> [1, 2, 3]; `2` -> [2]; `1,3` -> [1, 3]."""
    out = []
    for part in text.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


class Style:
    def __init__(self, name):
        self.excel = name == "excel-id"
        self.delimiter = ";" if self.excel else ","

    def header(self, column):
        if not self.excel:
            return column
        return EXCEL_HEADERS.get(column, column.replace("_", " ").title())

    def word(self, value):
        """Enumerations as people type them in Excel: `Rata-rata`, `Tugas Tambahan`, `Positif`."""
        if not self.excel or not value:
            return value
        return "Rata-rata" if value == "rata_rata" else value.replace("_", " ").title()

    def number(self, value, money=False):
        """Decimal or int -> cell text. Plain: `1234.5`; Excel: `1.234,5`, money `Rp 1.500.000`."""
        if value is None:
            return "-"
        if type(value) is int and (value < 1000 or not self.excel):
            return "Rp " + str(value) if money and self.excel else str(value)
        d = Decimal(value)
        text = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
        if not self.excel:
            return text
        whole, _, frac = text.partition(".")
        negative = whole.startswith("-")
        whole = whole.lstrip("-")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        out = ("-" if negative else "") + ".".join(groups) + ("," + frac if frac else "")
        return "Rp " + out if money else out


def person_name(rng, female, senior):
    first = rng.choice(FEMALE if female else MALE)
    name = f"{first} {rng.choice(FAMILY)}"
    prefix = ""
    if senior and rng.random() < 0.25:
        prefix = "Hj. " if female else "H. "
    elif senior and rng.random() < 0.15:
        prefix = "Dra. " if female else "Drs. "
    suffix = ""
    if not prefix.startswith("Dr"):
        if rng.random() < 0.8:
            suffix = ", " + rng.choice(DEGREES)
            if senior and rng.random() < 0.6:
                suffix += ", " + rng.choice(MASTERS)
    elif rng.random() < 0.5:
        suffix = ", " + rng.choice(MASTERS)
    return prefix + name + suffix


def make_nip(rng, used, year, birth_years, female):
    while True:
        by = rng.randint(*birth_years)
        bm = rng.randint(1, 12)
        bd = rng.randint(1, 28)
        ay = min(by + rng.randint(22, 30), year - 1)
        am = rng.randint(1, 12)
        nip = f"{by:04d}{bm:02d}{bd:02d}{ay:04d}{am:02d}{2 if female else 1}{rng.randint(1, 999):03d}"
        if nip not in used:
            used.add(nip)
            return nip


def unit_name(i):
    if i < len(UNIT_NAMES):
        return UNIT_NAMES[i]
    j = i - len(UNIT_NAMES)
    if j < len(KECAMATAN):
        return f"Kecamatan {KECAMATAN[j]}"
    return f"Unit Pelaksana Teknis {j - len(KECAMATAN) + 1}"


def build_organisation(rng, args):
    units, employees = [], []
    used = set()
    width = 2 if args.units < 100 else 3
    for i in range(args.units):
        code = f"4.01.{i + 1:0{width}d}"
        name = unit_name(i)
        short = name.split(" ", 1)[1] if " " in name else name
        n = max(2, args.employees_per_unit + rng.randint(-max(1, args.employees_per_unit // 10),
                                                         max(1, args.employees_per_unit // 10)))
        head_title = ("Kepala " + name) if not name.startswith("Kecamatan") else ("Camat " + name[10:])
        staff = []
        female = rng.random() < 0.4
        head = dict(nip=make_nip(rng, used, args.year, (1968, 1980), female), nama=person_name(rng, female, True),
                    golongan=rng.choice(["IV/a", "IV/b", "IV/c"]), jabatan=head_title, unit=code,
                    jenis="struktural", penilai="", unit_name=short)
        staff.append(head)
        subs = min(3, max(1, n // 4))
        kasubbag = []
        for s in range(subs):
            female = rng.random() < 0.45
            e = dict(nip=make_nip(rng, used, args.year, (1972, 1988), female), nama=person_name(rng, female, True),
                     golongan=rng.choice(["III/c", "III/d", "IV/a"]),
                     jabatan=f"Kepala Subbagian {SUBBAGIAN[(i + s) % len(SUBBAGIAN)]}", unit=code,
                     jenis="struktural", penilai=head["nip"], unit_name=short)
            kasubbag.append(e)
            staff.append(e)
        for k in range(n - 1 - subs):
            female = rng.random() < 0.5
            fungsional = rng.random() < 0.4
            e = dict(nip=make_nip(rng, used, args.year, (1972, 2000), female), nama=person_name(rng, female, False),
                     golongan=rng.choice(["III/a", "III/b", "III/c", "III/d"] if fungsional
                                         else ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b"]),
                     jabatan=rng.choice(FUNGSIONAL if fungsional else PELAKSANA), unit=code,
                     jenis="fungsional" if fungsional else "pelaksana",
                     penilai=kasubbag[k % len(kasubbag)]["nip"], unit_name=short)
            staff.append(e)
        units.append(dict(kode=code, nama=name, head=head))
        employees.extend(staff)
    return units, employees


def choose_indicators(rng, units, spec):
    counts = parse_range(spec)
    lo, hi = min(counts), max(counts)
    chosen = {}
    offset = 0
    for u in units:
        k = rng.randint(lo, hi)
        picks = [INDICATORS[(offset + j) % len(INDICATORS)] for j in range(k)]
        offset += k
        chosen[u["kode"]] = picks
    return chosen


def activity_plan(rng, employees, mean):
    """Each employee's activities for the year: (template, target, months, budget)."""
    plan = {}
    for e in employees:
        k = max(1, int(rng.uniform(mean - 2.5, mean + 2.5) + 0.5))
        templates = ACTIVITIES[e["jenis"]]
        items = []
        order = rng.sample(range(len(templates)), len(templates))
        for j in range(k):
            t = templates[order[j % len(order)]]
            target = rng.randint(*t[2])
            budget = rng.randint(*t[4]) * 1_000_000 + rng.choice([0, 0, 500_000]) if t[4] else None
            credit = Decimal(rng.choice(["0.05", "0.25", "0.5", "1.25", "0.75"])) if e["jenis"] == "fungsional" else None
            name = t[0].format(unit=e["unit_name"]) + (f" tahap {j // len(order) + 1}" if k > len(order) else "")
            items.append((name, t[1], target, t[3], budget, credit))
        plan[e["nip"]] = items
    return plan


def quantize(value, decimals):
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) if decimals \
        else Decimal(int(Decimal(value).to_integral_value(rounding=ROUND_HALF_UP)))


def write_table(path, style, name, rows):
    columns = CANONICAL[name]
    with open(path, "w", encoding="utf-8-sig" if style.excel else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=style.delimiter, lineterminator="\r\n" if style.excel else "\n")
        w.writerow([style.header(c) for c in columns])
        w.writerows(rows)


def write_quarter(folder, quarter, args, style, units, employees, indicators, plan):
    rng = random.Random(f"{args.seed}-Q{quarter}")
    os.makedirs(folder, exist_ok=True)
    n = style.number

    write_table(os.path.join(folder, "unit_kerja.csv"), style, "unit_kerja", [
        [u["kode"], u["nama"], "", u["head"]["nama"], u["head"]["nip"], u["head"]["jabatan"]] for u in units])

    rows = []
    for u in units:
        for j, (nama, satuan, pol, agg, targets, decimals, money) in enumerate(indicators[u["kode"]]):
            scale = Decimal(rng.choice([1, 1, 2])) if money else Decimal(1)
            quarter_targets = [Decimal(t) * scale for t in targets]
            annual = sum(quarter_targets) if agg == "kumulatif" else quarter_targets[3]
            target = quarter_targets[quarter - 1]
            spread = (0.8, 1.25) if pol == "negatif" else (0.72, 1.12)
            actual = quantize(target * Decimal(str(round(rng.uniform(*spread), 4))), decimals)
            if money:
                actual = Decimal(int(actual) // 1000 * 1000)
            rows.append([u["kode"], f"IK.{j + 1:02d}", nama, satuan, style.word(pol), style.word(agg),
                         n(annual, money), n(target, money), n(actual, money)])
    write_table(os.path.join(folder, "indikator.csv"), style, "indikator", rows)

    write_table(os.path.join(folder, "pegawai.csv"), style, "pegawai", [
        [e["nip"], e["nama"], f"{PANGKAT[e['golongan']]} ({e['golongan']})", e["jabatan"], e["unit"],
         style.word(e["jenis"]), e["penilai"]] for e in employees])

    skp, perilaku, tambahan = [], [], []
    for e in employees:
        for no, (kegiatan, satuan, target, months, budget, credit) in enumerate(plan[e["nip"]], start=1):
            roll = rng.random()
            if roll < 0.02:
                ro, rk, rw, rb = 0, 0, 0, (0 if budget else None)
            else:
                ro = target if roll < 0.75 else max(1, target + rng.randint(-max(1, target // 5), max(1, target // 10)))
                rk = rng.randint(75, 100)
                rw = max(1, months + rng.choice([0, 0, 0, 0, -1, -2, -3, 1]))
                rb = (budget * rng.randint(80, 100) // 100) // 1000 * 1000 if budget else None
            skp.append([e["nip"], no, kegiatan, n(credit) if credit is not None else "", n(target), satuan, n(100),
                        n(months), n(budget, True), n(ro), n(rk), n(rw), n(rb, True)])
        aspects = [rng.randint(72, 95) for _ in range(5)]
        if rng.random() < 0.2:
            aspects[rng.randrange(5)] = Decimal(rng.randint(145, 189)) / 2
        lead = rng.randint(72, 92) if e["jenis"] == "struktural" else None
        perilaku.append([e["nip"]] + [n(a) for a in aspects] + [n(lead) if lead is not None else ""])
        if rng.random() < 0.3:
            for _ in range(rng.randint(1, 4)):
                tambahan.append([e["nip"], style.word("tugas_tambahan"), rng.choice(TUGAS_TAMBAHAN), ""])
        if rng.random() < 0.06:
            level = rng.choices(["unit_kerja", "organisasi", "nasional"], weights=[70, 25, 5])[0]
            tambahan.append([e["nip"], style.word("kreativitas"), rng.choice(KREATIVITAS), style.word(level)])
    write_table(os.path.join(folder, "skp.csv"), style, "skp", skp)
    write_table(os.path.join(folder, "perilaku.csv"), style, "perilaku", perilaku)
    write_table(os.path.join(folder, "tambahan.csv"), style, "tambahan", tambahan)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", type=int, default=20260930)
    p.add_argument("--year", type=int, default=2026)
    p.add_argument("--quarters", default="1-3", help="quarters to write: 1-3, 3, 1,2 (default 1-3)")
    p.add_argument("--units", type=int, default=6)
    p.add_argument("--employees-per-unit", type=int, default=9)
    p.add_argument("--activities-per-employee", type=float, default=5.5)
    p.add_argument("--indicators-per-unit", default="4-5")
    p.add_argument("--style", choices=["plain", "excel-id"], default="plain")
    p.add_argument("--out", default="input", help="input root; one folder per quarter is written under it")
    args = p.parse_args()

    rng = random.Random(args.seed)
    units, employees = build_organisation(rng, args)
    indicators = choose_indicators(rng, units, args.indicators_per_unit)
    plan = activity_plan(rng, employees, args.activities_per_employee)
    style = Style(args.style)
    for q in parse_range(args.quarters):
        write_quarter(os.path.join(args.out, f"{args.year}-Q{q}"), q, args, style, units, employees, indicators, plan)


if __name__ == "__main__":
    main()
