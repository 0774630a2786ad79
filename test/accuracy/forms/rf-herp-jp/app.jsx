// A Tokyo logistics-tech company's careers page with the HERP-Hire-like 応募フォーム, in React 19 +
// MUI (outlined TextFields whose labels float, MUI Selects for 都道府県 and 最終学歴, RadioGroup,
// FormControlLabel checkboxes). One 氏名 box in Japanese order and a ふりがな box, a phone whose help
// text asks people abroad to start with the country code, 経験年数 with a "年" adornment, 希望年収 in
// 万円, type=date 入社可能日, 職務経歴書 (required) beside 履歴書, 志望動機. State → <pre id="model">.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  AppBar, Box, Button, Checkbox, Container, FormControl, FormControlLabel, FormHelperText, FormLabel, InputAdornment, InputLabel,
  MenuItem, Paper, Radio, RadioGroup, Select, TextField, Toolbar, Typography,
} from '@mui/material';

const PREFS = ['北海道', '青森県', '宮城県', '茨城県', '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '静岡県', '愛知県', '京都府', '大阪府', '兵庫県', '広島県', '福岡県', '沖縄県', 'その他（国内）', '海外'];
const GAKUREKI = ['高等学校卒業', '専門学校卒業', '高等専門学校卒業', '短期大学卒業', '大学卒業（学士）', '大学院修了（修士）', '大学院修了（博士）'];

function App() {
  const [v, setV] = useState({
    name: '', kana: '', email: '', tel: '', pref: '', company: '', position: '', gakureki: '', school: '', years: '', nenshu: '',
    startDate: '', github: '', portfolio: '', rirekisho: null, shokumukeirekisho: null, shiboudouki: '', visa: '', agree: false,
  });
  const [done, setDone] = useState(false);
  const [err, setErr] = useState('');
  const set = (k) => (e) => setV((s) => ({ ...s, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value }));
  const file = (k) => (e) => setV((s) => ({ ...s, [k]: e.target.files[0] ? e.target.files[0].name : null }));
  const submit = (e) => {
    e.preventDefault();
    if (!v.name || !v.email || !v.shokumukeirekisho) return setErr('必須項目を入力してください。');
    if (!v.agree) return setErr('個人情報の取り扱いへの同意が必要です。');
    setDone(true);
  };
  const req = <Box component="span" sx={{ ml: 1, px: 0.8, fontSize: 11, bgcolor: '#e53935', color: '#fff', borderRadius: 0.5 }}>必須</Box>;
  return (
    <>
      <AppBar position="static" color="inherit" elevation={0} sx={{ borderBottom: '1px solid #e3e6ea' }}>
        <Toolbar sx={{ gap: 3 }}>
          <Typography sx={{ fontWeight: 700 }}>MIZUNARA LOGI-TECH</Typography>
          <Typography variant="body2">会社について</Typography><Typography variant="body2">募集職種</Typography>
          <Box sx={{ ml: 'auto' }}><TextField size="small" id="herp-job-search" placeholder="職種・キーワードで探す" slotProps={{ htmlInput: { 'aria-label': '求人を検索' } }} /></Box>
        </Toolbar>
      </AppBar>
      <Container maxWidth="md" sx={{ py: 3 }}>
        <Paper sx={{ p: 3, mb: 2 }} elevation={0}>
          <Typography variant="body2" color="text.secondary">エンジニア職 ／ 正社員 ／ 東京都江東区（リモート可）</Typography>
          <Typography variant="h5" sx={{ fontWeight: 700, my: 1 }}>シニアデータエンジニア</Typography>
          <Typography variant="body2">全国300拠点の倉庫・配送データを統合するデータ基盤（BigQuery / dbt / Airflow）の設計・構築をリードしていただきます。</Typography>
        </Paper>
        {done ? (
          <Paper sx={{ p: 3 }} elevation={0} id="herp-complete"><Typography variant="h6">ご応募ありがとうございました</Typography><Typography>選考結果は担当者よりメールにてご連絡いたします。</Typography></Paper>
        ) : (
          <Paper component="form" id="herp-apply-form" sx={{ p: 3 }} elevation={0} onSubmit={submit} noValidate>
            <Typography variant="h6" sx={{ mb: 1 }}>応募フォーム</Typography>
            <FormLabel htmlFor="herp-name">氏名{req}</FormLabel>
            <TextField id="herp-name" name="candidate_name" fullWidth size="small" margin="dense" placeholder="山田 太郎" value={v.name} onChange={set('name')} />
            <FormLabel htmlFor="herp-kana" sx={{ mt: 2, display: 'block' }}>ふりがな</FormLabel>
            <TextField id="herp-kana" name="candidate_name_kana" fullWidth size="small" margin="dense" placeholder="やまだ たろう" value={v.kana} onChange={set('kana')} />
            <FormLabel htmlFor="herp-email" sx={{ mt: 2, display: 'block' }}>メールアドレス{req}</FormLabel>
            <TextField id="herp-email" name="candidate_email" type="email" fullWidth size="small" margin="dense" value={v.email} onChange={set('email')} />
            <FormLabel htmlFor="herp-tel" sx={{ mt: 2, display: 'block' }}>電話番号</FormLabel>
            <TextField id="herp-tel" name="candidate_tel" type="tel" fullWidth size="small" margin="dense" placeholder="09012345678" value={v.tel} onChange={set('tel')}
              helperText="ハイフンなしで入力してください。海外の番号は「+」と国番号から入力してください。" />
            <FormControl fullWidth size="small" sx={{ mt: 2 }}>
              <InputLabel id="herp-pref-label">お住まいの都道府県</InputLabel>
              <Select labelId="herp-pref-label" id="herp-pref" label="お住まいの都道府県" value={v.pref} onChange={(e) => setV((s) => ({ ...s, pref: e.target.value }))}>
                {PREFS.map((p) => <MenuItem key={p} value={p}>{p}</MenuItem>)}
              </Select>
            </FormControl>
            <Box sx={{ display: 'flex', gap: 2, mt: 1 }}>
              <TextField id="herp-company" name="current_company" label="現在の勤務先" fullWidth size="small" margin="normal" value={v.company} onChange={set('company')} />
              <TextField id="herp-position" name="current_position" label="現在の職種・役職" fullWidth size="small" margin="normal" value={v.position} onChange={set('position')} />
            </Box>
            <Box sx={{ display: 'flex', gap: 2 }}>
              <FormControl fullWidth size="small" margin="normal">
                <InputLabel id="herp-gakureki-label">最終学歴</InputLabel>
                <Select labelId="herp-gakureki-label" id="herp-gakureki" label="最終学歴" value={v.gakureki} onChange={(e) => setV((s) => ({ ...s, gakureki: e.target.value }))}>
                  {GAKUREKI.map((g) => <MenuItem key={g} value={g}>{g}</MenuItem>)}
                </Select>
              </FormControl>
              <TextField id="herp-school" name="school_name" label="学校名・学部" fullWidth size="small" margin="normal" value={v.school} onChange={set('school')} />
            </Box>
            <Box sx={{ display: 'flex', gap: 2 }}>
              <TextField id="herp-years" name="custom_field_31" label="データエンジニアとしての実務経験" type="number" fullWidth size="small" margin="normal" value={v.years} onChange={set('years')}
                slotProps={{ input: { endAdornment: <InputAdornment position="end">年</InputAdornment> } }} />
              <TextField id="herp-nenshu" name="custom_field_32" label="希望年収" fullWidth size="small" margin="normal" value={v.nenshu} onChange={set('nenshu')}
                slotProps={{ input: { endAdornment: <InputAdornment position="end">万円</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }} />
            </Box>
            <TextField id="herp-start" name="custom_field_33" label="入社可能日" type="date" fullWidth size="small" margin="normal" value={v.startDate} onChange={set('startDate')}
              slotProps={{ inputLabel: { shrink: true } }} />
            <Box sx={{ display: 'flex', gap: 2 }}>
              <TextField id="herp-github" name="github_url" label="GitHub" fullWidth size="small" margin="normal" value={v.github} onChange={set('github')} />
              <TextField id="herp-portfolio" name="portfolio_url" label="ポートフォリオ・ブログ等のURL" fullWidth size="small" margin="normal" value={v.portfolio} onChange={set('portfolio')} />
            </Box>
            <Box sx={{ mt: 2 }}>
              <FormLabel htmlFor="herp-resume">履歴書</FormLabel>
              <Box><input id="herp-resume" name="resume" type="file" accept=".pdf,.xlsx,.docx" onChange={file('rirekisho')} /></Box>
              <FormHelperText>JIS規格の履歴書（写真付き）をお持ちの方はご提出ください</FormHelperText>
            </Box>
            <Box sx={{ mt: 2 }}>
              <FormLabel htmlFor="herp-cv">職務経歴書{req}</FormLabel>
              <Box><input id="herp-cv" name="curriculum_vitae" type="file" accept=".pdf,.docx" onChange={file('shokumukeirekisho')} /></Box>
              <FormHelperText>英文レジュメでも可</FormHelperText>
            </Box>
            <TextField id="herp-motivation" name="custom_field_34" label="志望動機" multiline minRows={4} fullWidth margin="normal" value={v.shiboudouki} onChange={set('shiboudouki')} />
            <FormControl sx={{ mt: 1 }}>
              <FormLabel id="herp-visa-label">日本国内で就労可能な在留資格をお持ちですか？</FormLabel>
              <RadioGroup row aria-labelledby="herp-visa-label" name="custom_field_35" value={v.visa} onChange={set('visa')}>
                <FormControlLabel value="yes" control={<Radio />} label="はい（日本国籍を含む）" />
                <FormControlLabel value="no" control={<Radio />} label="いいえ（ビザのサポートが必要）" />
              </RadioGroup>
            </FormControl>
            <Box sx={{ mt: 1 }}>
              <FormControlLabel control={<Checkbox id="herp-agree" checked={v.agree} onChange={set('agree')} />} label="個人情報の取り扱いに同意する（必須）" />
            </Box>
            {err && <Typography color="error" role="alert">{err}</Typography>}
            <Button id="herp-submit" type="submit" variant="contained" size="large" sx={{ mt: 2 }}>応募する</Button>
          </Paper>
        )}
        <pre id="model">{JSON.stringify(v)}</pre>
      </Container>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
