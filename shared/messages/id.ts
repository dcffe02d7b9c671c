/**
 * Indonesian texts of the core's and the shared schemas' messages (the default language, and the
 * one the CLI and the logs use). One flat key per message; `{name}` is a parameter. English:
 * en.ts, which must have every key (typed) with the same parameters (tests/shared/messages.test.ts).
 */
export const id = {
  // Field labels, the {label} of the field messages below.
  'label.notes': 'Catatan',
  'label.sentAt': 'Waktu penyampaian',
  'label.receivedAt': 'Waktu diterima',
  'label.periodFrom': 'Tanggal awal',
  'label.periodTo': 'Tanggal akhir',
  'label.unit': 'Nama unit (UKPBJ/LPSE)',
  'label.operatorName': 'Nama petugas',
  'label.headName': 'Nama kepala unit',
  'label.institution': 'Nama instansi',
  'label.city': 'Kota/kabupaten',
  'label.address': 'Alamat',
  'label.doneAt': 'Waktu pelaksanaan di SPSE',
  'label.confirmedAt': 'Waktu konfirmasi',
  'label.caseDescription': 'Uraian informasi berkas',
  'label.copiesTo': 'Tembusan',
  'label.letterDate': 'Tanggal surat',
  'label.receivedDate': 'Tanggal diterima',
  'label.skDate': 'Tanggal SK',
  'label.operator': 'Petugas',
  'label.receivingOperator': 'Petugas penerima',
  'label.subject': 'Perihal',
  'label.asOf': 'Per tanggal',
  'label.closing': 'Penutup',
  'label.check': 'Pemeriksaan',
  'label.skIssuer': 'Pejabat penerbit SK',
  'label.letterNumber': 'Nomor surat',
  'label.folderNumber': 'Nomor folder',
  'label.boxNumber': 'Nomor boks',
  'label.skNumber': 'Nomor SK',
  'label.name': 'Nama',
  'label.archivistName': 'Nama petugas arsip',
  'label.electronicRef': 'Lokasi arsip elektronik',
  'label.shelf': 'Lemari/rak',
  'label.contact': 'Kontak yang dihubungi',
  'label.classificationCode': 'Kode klasifikasi',
  'label.remarks': 'Keterangan',
  'label.dataRemarks': 'Keterangan data',
  'label.otherMissing': 'Kekurangan lain',
  'label.position': 'Jabatan',
  'label.agency': 'Instansi/unit kerja',
  'label.backupFolder': 'Folder cadangan',
  'label.archiveFolder': 'Folder arsip',
  'label.supplement': 'Dokumen pelengkap',
  'label.receivedBy': 'Diterima oleh',
  'label.oldValue': 'Data lama',
  'label.newValue': 'Data baru',
  'label.validUntil': 'Berlaku sampai',
  'label.validFrom': 'Berlaku mulai',
  'label.supplementDeadline': 'Batas waktu melengkapi',
  'label.letterheadLine': 'Baris kop surat',
  'label.rejectionReason': 'Alasan penolakan',
  'label.overrunReason': 'Alasan melewati waktu standar',
  'label.letterBody': 'Isi surat',
  'label.spse.name': 'Nama',
  'label.spse.nip': 'NIP',
  'label.spse.userId': 'User ID',
  'label.spse.email': 'Email',
  'label.spse.phone': 'Nomor telepon',
  'label.spse.agency': 'Instansi',

  // shared/domain/fields.ts
  'field.required': '{label} wajib diisi.',
  'field.tooLong': '{label} paling banyak {max} karakter.',
  'field.bidi': '{label} tidak boleh berisi karakter pengatur arah teks (bidi).',
  'field.lineBreak': '{label} tidak boleh berisi baris baru atau karakter kendali.',
  'field.control': '{label} tidak boleh berisi karakter kendali (selain baris baru).',
  'field.invalidDate': '{label} tidak valid.',
  'field.invalidInstant': '{label} bukan waktu yang benar.',
  'nip.required': 'NIP wajib diisi.',
  'nip.length': 'NIP harus 18 digit.',
  'nip.digits': 'NIP hanya boleh berisi angka.',
  'nip.birthDate': 'Delapan digit pertama NIP harus tanggal lahir yang benar (TTTTBBHH).',
  'nip.appointment': 'Digit 9–14 NIP harus tahun dan bulan pengangkatan yang benar (TTTTBB).',
  'nip.appointmentBeforeAdult': 'Tahun pengangkatan pada NIP tidak masuk akal untuk tanggal lahirnya.',
  'nip.sex': 'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).',
  'nip.sequence': 'Tiga digit terakhir NIP (nomor urut) tidak boleh 000.',
  'email.required': 'Email wajib diisi.',
  'email.invalid': 'Alamat email tidak benar.',
  'phone.required': 'Nomor telepon wajib diisi.',
  'phone.invalid': 'Nomor telepon harus diawali 0 atau +62 dan berisi 9–15 digit.',
  'userId.required': 'User ID SPSE wajib diisi.',
  'userId.tooShort': 'User ID SPSE minimal 3 karakter.',
  'userId.tooLong': 'User ID SPSE paling banyak 64 karakter.',
  'userId.characters': 'User ID SPSE hanya boleh huruf, angka, titik, garis bawah, @ dan tanda minus.',

  // shared/contract/dispatch.ts
  'call.unknownMethod': 'Perintah tidak dikenal: {method}.',
  'call.invalidInput': 'Data yang dikirim belum benar. Periksa isian yang ditandai.',
  'call.invalidOutput': 'Terjadi kesalahan di aplikasi (data keluaran tidak sah). Laporkan ke petugas TI.',
  'call.unexpected': 'Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan ke petugas TI.',

  // renderer/api/client.ts: the bridge to the core
  'bridge.missing': 'Penghubung ke aplikasi tidak tersedia. Buka halaman ini melalui aplikasi Loket Akun SPSE, bukan peramban biasa.',
  'bridge.malformed': 'Jawaban dari aplikasi tidak dapat dibaca. Coba lagi; bila berulang, laporkan ke petugas TI.',
  'bridge.lost': 'Hubungan dengan aplikasi terputus. Tutup lalu buka kembali Loket Akun SPSE.',

  // electron/core/store/storageError.ts
  'storage.notFound': 'Folder atau berkas data tidak ditemukan: {target}. Pastikan drive atau folder data tersedia (mis. flashdisk atau drive jaringan sudah terpasang), lalu coba lagi.',
  'storage.notDirectory': 'Jalur data tidak dapat dipakai: {target}. Sebagian jalur itu adalah berkas, bukan folder. Pilih folder data yang benar.',
  'storage.permission': 'Aplikasi tidak diizinkan membaca atau menulis {target}. Periksa hak akses folder data, atau tutup program lain yang sedang membuka berkas tersebut, lalu coba lagi.',
  'storage.readOnly': 'Folder data berada pada media yang hanya dapat dibaca: {target}. Pindahkan folder data ke drive yang dapat ditulisi.',
  'storage.diskFull': 'Ruang disk tidak cukup untuk menyimpan {target}. Kosongkan sebagian ruang disk, lalu simpan lagi; isian yang belum tersimpan masih ada.',
  'storage.busy': 'Berkas sedang dipakai program lain: {target}. Tutup program tersebut (mis. antivirus atau penyunting berkas), lalu coba lagi.',
  'storage.tooManyOpen': 'Terlalu banyak berkas terbuka saat mengakses {target}. Tutup aplikasi lain, lalu coba lagi.',
  'storage.isDirectory': 'Di tempat berkas data {target} terdapat folder. Pindahkan folder itu, lalu coba lagi.',
  'storage.io': 'Terjadi kesalahan baca/tulis disk saat mengakses {target}. Periksa kondisi disk atau flashdisk, lalu coba lagi.',
  'storage.other': 'Gagal mengakses data di {target}{code}. Coba lagi; bila berulang, laporkan ke petugas TI.',

  // electron/core/store/caseRepository.ts
  'case.notFound': 'Berkas permohonan {id} tidak ditemukan. Mungkin sudah dipindahkan atau dihapus; muat ulang daftar berkas.',
  'case.closed': 'Berkas {caseNumber} sudah ditutup (langkah 9 selesai); datanya tidak dapat diubah lagi.',
  'case.handedOverReadOnly': 'Berkas {caseNumber} sudah diserahkan ke workstation {handedTo} melalui drive bersama; di komputer ini berkas itu hanya dapat dibaca. Lanjutkan di komputer {handedTo}.',
  'case.staleRevision': 'Berkas {caseNumber} sudah diubah sebelumnya (revisi {current}, sedangkan yang Anda ubah revisi {revision}). Muat ulang berkas, lalu ulangi perubahan Anda.',
  'case.alreadyHere': 'Berkas {caseNumber} ({id}) sudah ada di komputer ini.',

  // electron/core/workflow/operators.ts
  'operator.notFoundReload': 'Petugas tidak ditemukan. Muat ulang daftar petugas.',
  'operator.notSelf': 'Anda tidak dapat menonaktifkan diri sendiri. Minta rekan petugas lain melakukannya.',
  'operator.lastActive': 'Petugas aktif terakhir tidak dapat dinonaktifkan.',
  'operator.nipActive': 'Petugas lain dengan NIP {nip} sudah aktif.',
  'operator.notFound': 'Petugas tidak ditemukan.',
  'operator.wrongCurrentPin': 'PIN lama salah.',
  'operator.nipRegistered': 'Petugas dengan NIP {nip} sudah terdaftar.',
  'operator.nipRegisteredField': 'NIP ini sudah terdaftar sebagai petugas.',
  'operator.notFoundPick': 'Petugas tidak ditemukan. Pilih nama petugas dari daftar.',
  'operator.pinPaused': 'PIN salah {attempts} kali. Tunggu {seconds} detik, lalu coba lagi.',
  'operator.wrongPin': 'PIN salah. Periksa kembali PIN Anda.',
  'operator.wrongPinField': 'PIN salah.',
  'operator.screenLocked': 'Layar terkunci. Pilih nama petugas dan masukkan PIN untuk melanjutkan.',
  'operator.noneSignedIn': 'Belum ada petugas yang masuk. Pilih nama petugas dan masukkan PIN terlebih dahulu.',

  // electron/core/handlers/workflowHandlers.ts
  'password.onlyAtStep6': 'Password sementara hanya dibuat pada langkah 6 (reset password). Berkas {caseNumber} berada di langkah {step}.',
  'password.changeInfoOnly': 'Permohonan ini hanya perubahan informasi User ID; tidak ada password yang direset.',
  'password.notInMemory': 'Password sementara tidak ada di memori (sudah diserahkan, berkas ditutup, atau aplikasi dimulai ulang). Password tidak pernah disimpan; bila perlu, reset ulang di SPSE.',

  // electron/core/handlers/caseHandlers.ts
  'case.filterRange': 'Rentang tanggal penyaringan belum benar.',
  'case.intakeEditedMeanwhile': 'Data berkas {caseNumber} sudah dikoreksi orang lain sejak formulir ini dibuka. Muat ulang berkas, lalu ulangi koreksi Anda.',

  // shared/domain/case.ts, electron/core/handlers/caseHandlers.ts: the intake's dates and the register's filter
  'intake.letterFuture': 'Tanggal surat tidak boleh setelah hari ini.',
  'intake.skFuture': 'Tanggal SK tidak boleh setelah hari ini.',
  'intake.receivedFuture': 'Waktu diterima tidak boleh di masa depan.',
  'intake.letterAfterReceipt': 'Tanggal surat setelah tanggal berkas diterima.',
  'case.filterNotDate': '{label} bukan tanggal yang benar (TTTT-BB-HH).',

  // electron/core/office/officeService.ts
  'office.noArchiveRoot': 'Folder arsip di drive bersama belum diatur. Atur di Pengaturan → Arsip & cadangan.',
  'office.handOverToSelf': 'Pilih workstation lain: berkas sudah ada di komputer ini.',
  'office.pickOtherWorkstation': 'Pilih workstation lain.',
  'office.unknownWorkstation': 'Workstation {to} belum tercatat di drive bersama. Komputer tujuan perlu membuka aplikasi dengan folder arsip yang sama lebih dulu.',
  'office.unknownWorkstationField': 'Workstation ini belum tercatat di drive bersama.',
  'office.alreadyHandedOver': 'Berkas {caseNumber} sudah diserahkan ke workstation {already}.',

  // electron/core/letters/service.ts
  'letters.logoMissing': 'Logo kop surat tidak ditemukan atau bukan gambar PNG/JPEG. Unggah ulang logonya.',
  'letters.logoMissingField': 'Logo tidak ditemukan atau bukan PNG/JPEG.',
  'letters.passwordOnlyOnNotice': 'Password hanya dapat dicetak pada Pemberitahuan Password Baru (langkah 8).',
  'letters.passwordGone': 'Password sementara sudah tidak tersimpan di memori aplikasi (sudah diserahkan atau aplikasi dimulai ulang). Buat password baru pada langkah 6 bila masih diperlukan.',

  // electron/core/handlers/lettersHandlers.ts
  'session.unlockFirst': 'Buka kunci dengan PIN petugas dulu.',
  'letters.handedOver': 'Berkas ini sudah diserahkan ke workstation {to}; suratnya dicetak di komputer itu.',

  // electron/core/handlers/archiveExportHandlers.ts
  'archive.rootNotAbsolute': 'Folder arsip harus ditulis lengkap, mis. \\\\server\\arsip atau D:\\Arsip.',
  'archive.rootNotAbsoluteField': 'Tulis jalur lengkap folder arsip (mis. \\\\server\\arsip atau D:\\Arsip).',

  // electron/core/backup/backupService.ts
  'backup.noFolder': 'Folder cadangan belum diatur. Isi folder cadangan di Pengaturan → Arsip & cadangan, lalu jalankan pencadangan lagi.',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof id;
