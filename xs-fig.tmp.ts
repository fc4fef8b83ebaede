import { extractFigures } from './lambdas/extract/figures/index.js';
import { fold } from './lambdas/extract/text/fold.js';
import { splitSentences } from './lambdas/extract/text/sentences.js';
const t = (lang: string, s: string) => {
  const f = extractFigures({ body: s, folded: fold(s), sentences: splitSentences(s), language: lang }, []);
  console.log(lang, s.slice(0, 40), '→', f.map((x) => `${x.value}/${x.unit}/${x.topic}«${x.text}»`).join(' '));
};
t('ja', '密輸品を積んだトラック2台と合成麻薬1万錠が見つかった。');
t('ko', '이들은 2023년 7월 15일 오토바이 3대의 차량을 훔쳤다.');
t('ru', 'Полиция провинции задержала 12 подозреваемых и изъяла 3,5 кг героина.');
t('ru', 'Ущерб оценивается в 2,5 млрд донгов, или около 100 тысяч долларов.');
t('th', 'ตรวจพบกัญชา 35 กิโลกรัม ใน 6 คดี');
