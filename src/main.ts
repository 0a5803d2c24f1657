import { mount } from 'svelte';
import App from './App.svelte';
import rawDataset from '../data/dataset.json';
import { loadDataset } from './lib/data/parse';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { loaded: loadDataset(rawDataset) } });
