import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 503:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 18:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(241);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ../../node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ../../node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ../../node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ../../node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ../../node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ../../node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ../../node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ../../node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ../../node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ../../node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ../../node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /agents/repos/{owner}/{repo}/tasks",
  "GET /agents/tasks",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/dependabot/repository-access",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/settings/billing/budgets",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/agents/secrets",
  "GET /orgs/{org}/agents/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/agents/variables",
  "GET /orgs/{org}/agents/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot-spaces",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/coding-agent/permissions/repositories",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/repository-access",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/secret-scanning/custom-patterns",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/agents/organization-secrets",
  "GET /repos/{owner}/{repo}/agents/organization-variables",
  "GET /repos/{owner}/{repo}/agents/secrets",
  "GET /repos/{owner}/{repo}/agents/variables",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-quality/findings",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/suggestions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/secret-scanning/custom-patterns",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stacks",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/copilot-spaces",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/projectsV2/{project_number}/views/{view_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;

/* v8 ignore next -- @preserve */

// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __nccwpck_require__(503);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var plugin_throttling_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var dist_bundle_noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, dist_bundle_noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = plugin_throttling_dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ../../packages/core/src/errors.ts
/**
 * A mistake the user can fix: a wrong input, a bad config key, a version the policy refuses.
 * Its message is shown as the step's `::error::` and in the job summary, so it must name
 * the input or key, the value, and what to do instead.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
/**
 * Raised when a stage in dry-run mode tries to send a request that would change something.
 * It is a bug in the stage, never the user's fault: dry-run promises zero writes.
 */
class DryRunWriteError extends Error {
    name = "DryRunWriteError";
}
function ownMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === "string")
        return error;
    if (error !== null && typeof error === "object" && "message" in error)
        return String(error.message);
    return String(error);
}
/**
 * The message of anything thrown, including non-Error values (strings, plain objects, undefined),
 * followed by what its `cause` chain adds: Node's fetch says only "fetch failed" and keeps the
 * reason (`connect ECONNREFUSED …`) in its cause.
 */
function getErrorMessage(error) {
    const message = ownMessage(error);
    const causes = [];
    const seen = new Set([error]);
    for (let cause = error?.cause; cause !== undefined && cause !== null && !seen.has(cause); cause = cause.cause) {
        seen.add(cause);
        const text = ownMessage(cause);
        if (text && ![message, ...causes].some((known) => known.includes(text)))
            causes.push(text);
    }
    return causes.length > 0 ? `${message} (${causes.join(": ")})` : message;
}
/** The HTTP status of an error thrown by Octokit or fetch-based clients, if it has one. */
function httpStatus(error) {
    if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
        return error.status;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/github-gateway.ts
/**
 * The one way stages talk to GitHub: an Octokit client with retries (5xx, dropped connections),
 * throttling (secondary rate limits, GitHub's one-second spacing of writes) and pagination,
 * aimed at `GITHUB_API_URL` so GitHub Enterprise Server works, plus the repository operations
 * several stages share. In dry-run mode every request that could change something is refused
 * before it leaves the process, so "dry-run writes nothing" holds by construction.
 */
/// <reference path="./bottleneck-light.d.ts" />






const Client = Octokit.plugin(paginateRest, retry, throttling);
// POST endpoints that only read: allowed in dry-run.
const READ_ONLY_POSTS = [/\/releases\/generate-notes$/, /^\/markdown(\/raw)?$/];
// `request` is Octokit's options: parameters (a GraphQL `query` among them) sit at its top level
// until the request is sent; a raw body comes as `data`.
function isWrite(request) {
    const { method } = request;
    if (method === "GET" || method === "HEAD")
        return false;
    const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
    if (method === "POST" && READ_ONLY_POSTS.some((pattern) => pattern.test(path)))
        return false;
    if (method === "POST" && /\/graphql$/.test(path)) {
        const query = request.query ?? request.data?.query;
        return typeof query !== "string" || /^\s*mutation\b/.test(query);
    }
    return true;
}
/**
 * Whether a 404 says that the ref does not exist ("No commit found for the ref …"), not the
 * path ("Not Found"): the contents API answers 404 to both.
 */
function isMissingRef(error) {
    return httpStatus(error) === 404 && getErrorMessage(error).startsWith("No commit found for the ref ");
}
/**
 * How to give the token a permission it lacks, for the errors of a 401 or 403:
 * `The token needs "<permission>": …`.
 */
function tokenNeeds(permission) {
    return `The token needs "${permission}": add it to the job's permissions, or pass a token that has it in the "token" input.`;
}
/** The shared GitHub operations of the stages, bound to one repository. */
class GitHubGateway {
    owner;
    repo;
    serverUrl;
    dryRun;
    client;
    /** HTTP requests sent so far, retries included (shown in job summaries, asserted by benchmarks). */
    requestCount = 0;
    constructor(options) {
        this.owner = options.owner;
        this.repo = options.repo;
        this.serverUrl = options.serverUrl;
        this.dryRun = options.dryRun;
        const { log, timing = {} } = options;
        const baseFetch = options.fetch ?? globalThis.fetch;
        const countingFetch = (input, init) => {
            this.requestCount++;
            return baseFetch(input, init);
        };
        this.client = new Client({
            auth: options.token,
            baseUrl: options.apiUrl,
            userAgent: "instructlab-release-actions",
            request: { fetch: countingFetch },
            log: {
                debug: () => { },
                info: () => { },
                warn: (message) => log.warning(message),
                error: (message) => log.warning(message),
            },
            retry: { retryAfterBaseValue: timing.retryBaseMs ?? 1000 },
            throttle: {
                retryAfterBaseValue: timing.rateLimitUnitMs ?? 1000,
                write: new (light_default()).Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs ?? 1000 }),
                notifications: new (light_default()).Group({
                    maxConcurrent: 1,
                    minTime: timing.notificationSpacingMs ?? 3000,
                }),
                onRateLimit: (retryAfter, request, _client, retryCount) => {
                    log.warning(`GitHub's rate limit was reached on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                    return retryCount < 1 && retryAfter <= 300;
                },
                onSecondaryRateLimit: (retryAfter, request, _client, retryCount) => {
                    log.warning(`GitHub's secondary rate limit was hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`);
                    return retryCount < 3;
                },
            },
        });
        this.client.hook.before("request", (request) => {
            if (this.dryRun && isWrite(request)) {
                throw new DryRunWriteError(`dry-run: refused to send ${request.method} ${request.url}, which would change the repository.`);
            }
        });
    }
    /** A link to the repository on the web, optionally to a path in it (`/pull/12`). */
    webUrl(path = "") {
        return `${this.serverUrl}/${this.owner}/${this.repo}${path}`;
    }
    get where() {
        return { owner: this.owner, repo: this.repo };
    }
    /**
     * Runs a write and turns GitHub's permission answers into an error that says which
     * permission the token lacks and how to grant it.
     */
    async write(what, permission, send) {
        try {
            return await send();
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 403 && /not accessible|permission|must have/i.test(getErrorMessage(error))) {
                throw new ConfigurationError(`Could not ${what}: GitHub answered 403 (${getErrorMessage(error)}). ${tokenNeeds(permission)}`);
            }
            throw error;
        }
    }
    /**
     * The text of a file at a ref, or undefined when the file does not exist there. An empty
     * `ref` is left out of the request, so GitHub reads the default branch; a ref that does not
     * exist is GitHub's error (see {@link isMissingRef}), never a missing file.
     */
    async getFileText(path, ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/contents/{path}", {
                ...this.where,
                path,
                ...(ref && { ref }),
            });
            if (Array.isArray(data) || data.type !== "file") {
                throw new ConfigurationError(`${path} at ${ref || "the default branch"} is a ${Array.isArray(data) ? "directory" : data.type}, not a file.`);
            }
            if (data.encoding === "base64")
                return Buffer.from(data.content, "base64").toString("utf8");
            // Files over 1 MB come without content: read them as a blob.
            const blob = await this.client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
                ...this.where,
                file_sha: data.sha,
            });
            return Buffer.from(blob.data.content, "base64").toString("utf8");
        }
        catch (error) {
            if (httpStatus(error) === 404 && !isMissingRef(error))
                return undefined;
            throw error;
        }
    }
    /** Refs whose name starts with `prefix` (`tags/v`, `heads/release-v`); one request, GitHub does not paginate it. */
    async listMatchingRefs(prefix) {
        const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
            ...this.where,
            ref: prefix,
        });
        return data.map((ref) => ({
            name: ref.ref.replace(/^refs\/(heads|tags)\//, ""),
            sha: ref.object.sha,
            type: ref.object.type === "tag" ? "tag" : "commit",
        }));
    }
    /** One ref (`heads/main`, `tags/v1.0.0`), or undefined when it does not exist. */
    async getRef(ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
                ...this.where,
                ref,
            });
            return {
                name: ref.replace(/^(heads|tags)\//, ""),
                sha: data.object.sha,
                type: data.object.type === "tag" ? "tag" : "commit",
            };
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Creates a ref (`refs/heads/…`, `refs/tags/…`). Returns "exists" instead of failing when the
     * ref is already there (another run won the race): the caller decides whether that is fine.
     */
    async createRef(ref, sha, permission = "contents: write") {
        try {
            await this.write(`create ${ref}`, permission, () => this.client.request("POST /repos/{owner}/{repo}/git/refs", { ...this.where, ref, sha }));
            return "created";
        }
        catch (error) {
            if (httpStatus(error) === 422 && /already exists/i.test(getErrorMessage(error)))
                return "exists";
            throw error;
        }
    }
    /** The full sha of a commit named by a sha, a short sha, a branch or a tag; undefined when none. */
    async resolveCommit(ref) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
                ...this.where,
                ref,
                per_page: 1,
            });
            return data.sha;
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 404 || status === 422)
                return undefined;
            throw error;
        }
    }
    /** The commit an annotated tag object points to, following nested tags. */
    async peelTag(tagObjectSha) {
        let sha = tagObjectSha;
        for (let depth = 0; depth < 10; depth++) {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", {
                ...this.where,
                tag_sha: sha,
            });
            if (data.object.type !== "tag")
                return data.object.sha;
            sha = data.object.sha;
        }
        throw new Error(`Tag object ${tagObjectSha} nests more than 10 tags deep.`);
    }
    /** The commit a tag ref points to (one request for annotated tags, none for lightweight ones). */
    async tagCommit(ref) {
        return ref.type === "tag" ? this.peelTag(ref.sha) : ref.sha;
    }
    /** How `head` relates to `base`; undefined when either does not exist. */
    async compare(base, head) {
        try {
            const { data } = await this.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
                ...this.where,
                basehead: `${base}...${head}`,
                per_page: 1,
            });
            return {
                status: data.status,
                aheadBy: data.ahead_by,
                behindBy: data.behind_by,
                mergeBase: data.merge_base_commit.sha,
            };
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw error;
        }
    }
    /** True when `commit` is reachable from `branchOrSha` (it is on that branch). */
    async isAncestor(commit, branchOrSha) {
        const comparison = await this.compare(branchOrSha, commit);
        return comparison?.status === "behind" || comparison?.status === "identical";
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../../packages/core/src/action-log.ts
/**
 * The log a stage writes while it runs. Stages receive it as a dependency so that `run()` stays
 * testable; the runner implementation speaks the workflow-command protocol directly on stdout
 * (the same lines @actions/core writes), which keeps @actions/core and its HTTP client out of
 * the start-up path (see bench/results.md).
 */
/** Escapes a workflow command's message the way the runner decodes it. */
function escapeCommandData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Writes one workflow command line (`::name::message`). */
function issueCommand(name, message, write) {
    write(`::${name}::${escapeCommandData(message)}\n`);
}
/** The log of a stage running on a GitHub runner. */
function createRunnerLog(write = (text) => process.stdout.write(text)) {
    return {
        info: (message) => write(`${message}\n`),
        debug: (message) => issueCommand("debug", message, write),
        warning: (message) => issueCommand("warning", message, write),
        notice: (message) => issueCommand("notice", message, write),
        async group(title, body) {
            issueCommand("group", title, write);
            try {
                return await body();
            }
            finally {
                write("::endgroup::\n");
            }
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/action-inputs.ts
/**
 * Reads a stage's inputs the way the runner passes them (`INPUT_<NAME>` environment variables,
 * name upper-cased, spaces as underscores, dashes kept), with typed readers whose errors name
 * the input, the value and the accepted values. Dependency-free on purpose: this runs before the
 * first API request, where every module loaded delays the start (bench/results.md).
 */


const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];
/** Tells the runner to mask a secret in every later log line (what `core.setSecret` does). */
function maskSecret(value, write = (text) => process.stdout.write(text)) {
    if (value.trim() === "")
        return;
    write(`::add-mask::${escapeCommandData(value)}\n`);
}
/** Typed access to the inputs of one step. */
class ActionInputs {
    #env;
    constructor(env) {
        this.#env = env;
    }
    /** The trimmed value, or "" when the input is not set. */
    string(name) {
        return (this.#env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
    }
    /** The trimmed value; a ConfigurationError when it is empty. */
    required(name, hint) {
        const value = this.string(name);
        if (value === "")
            throw new ConfigurationError(`Input "${name}" is required: ${hint}.`);
        return value;
    }
    /** The value, masked in the log before anything else can print it. */
    secret(name) {
        const value = this.string(name);
        maskSecret(value);
        return value;
    }
    /** A YAML 1.2 boolean (true/True/TRUE, false/False/FALSE); `fallback` when empty. */
    boolean(name, fallback = false) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (TRUE.includes(value))
            return true;
        if (FALSE.includes(value))
            return false;
        throw new ConfigurationError(`Input "${name}" must be true or false, got "${value}".`);
    }
    /** An integer within bounds; `undefined` when empty. */
    integer(name, min, max) {
        const value = this.string(name);
        if (value === "")
            return undefined;
        const number = Number(value);
        if (!Number.isInteger(number) || number < min || number > max) {
            throw new ConfigurationError(`Input "${name}" must be an integer from ${min} to ${max}, got "${value}".`);
        }
        return number;
    }
    /** One of the allowed values (case-sensitive); `fallback` when empty. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === "")
            return fallback;
        if (!allowed.includes(value)) {
            throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(", ")}, got "${value}".`);
        }
        return value;
    }
    /** A list given one item per line or comma-separated; blanks dropped. */
    list(name) {
        return this.string(name)
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== "");
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/file-commands.ts
/**
 * How a stage hands its results to the runner: outputs appended to GITHUB_OUTPUT in the heredoc
 * form (`name<<delimiter`, a random delimiter, as @actions/core writes them) and the job summary
 * appended to GITHUB_STEP_SUMMARY. Written here rather than through @actions/core, whose import
 * brings its HTTP client (undici: about 1 MB of every bundle) for nothing a stage uses.
 */



/**
 * Sets the step's outputs. Outside a runner (no GITHUB_OUTPUT) they are printed as the legacy
 * `set-output` commands, as @actions/core does.
 */
async function writeOutputs(outputs, env, write = (text) => process.stdout.write(text)) {
    const file = env.GITHUB_OUTPUT;
    for (const [name, value] of Object.entries(outputs)) {
        if (file) {
            // The global Web Crypto, not node:crypto: nothing to load before the stage's first request.
            const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
            await (0,promises_namespaceObject.appendFile)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`);
        }
        else {
            write(`${external_node_os_namespaceObject.EOL}::set-output name=${name}::${escapeCommandData(value)}${external_node_os_namespaceObject.EOL}`);
        }
    }
}
/** Appends markdown to the job summary, when the runner gave the step one. */
async function appendStepSummary(markdown, env) {
    if (env.GITHUB_STEP_SUMMARY)
        await (0,promises_namespaceObject.appendFile)(env.GITHUB_STEP_SUMMARY, markdown);
}

;// CONCATENATED MODULE: ../../packages/core/src/job-summary.ts
/**
 * Markdown for job summaries: what a maintainer reads instead of the log. Tables, links and
 * code spans with the escaping GitHub's renderer needs.
 */
/** Escapes text for a table cell (pipes and line breaks would break the row). */
function cell(text) {
    return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
/** An inline code span that survives backticks in its content. */
function code(text) {
    const fence = text.includes("`") ? "``" : "`";
    return `${fence}${text}${fence}`;
}
/** A markdown link, or the bare text when there is no URL. */
function job_summary_link(text, url) {
    return url ? `[${text.replace(/[[\]]/g, "\\$&")}](${url})` : text;
}
/** Builds a summary section by section. */
class Markdown {
    #parts = [];
    heading(text, level = 2) {
        this.#parts.push(`${"#".repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.#parts.push(text);
        return this;
    }
    /** A table; cells are escaped, so pass plain text or already-built links and code spans. */
    table(header, rows) {
        const line = (cells) => `| ${cells.map(cell).join(" | ")} |`;
        this.#parts.push([line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n"));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.#parts.push(items.map((item) => `- ${item}`).join("\n"));
        return this;
    }
    /** A collapsed section. */
    details(summary, body) {
        this.#parts.push(`<details><summary>${summary}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    codeBlock(text, language = "") {
        const fence = text.includes("```") ? "````" : "```";
        this.#parts.push(`${fence}${language}\n${text}\n${fence}`);
        return this;
    }
    toString() {
        return `${this.#parts.join("\n\n")}\n`;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../../packages/core/src/runner-context.ts
/**
 * What the runner tells a step about the workflow run: the repository, the API and web
 * endpoints (GitHub Enterprise Server included), the ref and commit, the event. Read once, in
 * `main`, and handed to `run()` inside the settings.
 */


function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, "utf8"));
    }
    catch (error) {
        throw new ConfigurationError(`Could not read the event payload at GITHUB_EVENT_PATH=${path}: ${String(error)}.`);
    }
}
/** Reads the run's context from the runner's environment variables. */
function readRunnerContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) {
        throw new ConfigurationError(`GITHUB_REPOSITORY is "${repository}", expected "owner/repo": this action runs as a step of a GitHub Actions workflow.`);
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    return {
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        serverUrl,
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        event: readEvent(env.GITHUB_EVENT_PATH),
        actor: env.GITHUB_ACTOR ?? "",
        workflowRef: env.GITHUB_WORKFLOW_REF ?? "",
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : "",
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/stage-runner.ts
/**
 * The `main` every stage shares: read inputs into typed settings, build the dependencies, call
 * the stage's pure `run(settings, deps)`, then map its result to outputs and a job summary. The
 * one `catch` of a stage lives here: it turns any error into `::error::`, a failed step and a
 * summary that says what went wrong.
 */









/** Files written under `root` (RUNNER_TEMP on a runner, a temporary directory in tests). */
function directoryFiles(root) {
    return {
        async write(name, content) {
            await (0,promises_namespaceObject.mkdir)(root, { recursive: true });
            const path = (0,external_node_path_namespaceObject.join)(root, name);
            await (0,promises_namespaceObject.writeFile)(path, content);
            return path;
        },
    };
}
/** Reads `token`, `config` and `dry-run`; the token is masked before anything can print it. */
function readCommonSettings(inputs, context) {
    const token = inputs.secret("token");
    if (token === "") {
        throw new ConfigurationError('Input "token" is empty. Leave it out to use the workflow\'s GITHUB_TOKEN, or pass a secret: token: ${{ secrets.RELEASE_TOKEN }}.');
    }
    return {
        token,
        config: inputs.string("config") || ".github/release-strategy.yml",
        dryRun: inputs.boolean("dry-run"),
        context,
    };
}
function failureSummary(stage, error) {
    const summary = new Markdown().heading(`${stage}: failed`, 3);
    if (error instanceof ConfigurationError)
        return summary.paragraph(getErrorMessage(error)).toString();
    const kind = error instanceof DryRunWriteError ? "A bug: dry-run tried to write" : "Unexpected error";
    return summary
        .paragraph(`${kind}: ${getErrorMessage(error)}`)
        .paragraph(`Re-run the job with debug logging to see the stack trace, and report it with the run's link. ${code(stage)}`)
        .toString();
}
/**
 * Runs a stage on a GitHub runner: reads `env` (default `process.env`), completes the common
 * dependencies with what `connect` adds (the GitHub gateway, for most stages), calls `run()`
 * and reports through the runner's workflow and file commands. Nothing is loaded before the
 * first request that the stage does not need (bench/results.md).
 */
async function executeStage(definition, env, connect) {
    const log = createRunnerLog();
    let report;
    let failure;
    try {
        const context = readRunnerContext(env);
        const settings = definition.readSettings(new ActionInputs(env), context);
        const result = await definition.run(settings, connect(settings, {
            log,
            now: () => new Date(),
            fetch: globalThis.fetch,
            files: directoryFiles(env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)()),
            mask: (secret) => maskSecret(secret),
        }));
        report = definition.report(result, settings);
    }
    catch (error) {
        failure = error;
    }
    if (report)
        await writeOutputs(report.outputs, env);
    if (failure !== undefined) {
        if (!(failure instanceof ConfigurationError) && failure instanceof Error && failure.stack)
            log.debug(failure.stack);
        process.exitCode = 1;
        issueCommand("error", getErrorMessage(failure), (text) => process.stdout.write(text));
    }
    await appendStepSummary(report?.summary ?? failureSummary(definition.name, failure), env);
}
/**
 * Runs a stage that makes no GitHub API call (publish-pypi): its bundle neither contains nor
 * loads Octokit.
 */
function runStageWithoutGitHub(definition, env = process.env) {
    return executeStage(definition, env, (_settings, deps) => deps);
}

;// CONCATENATED MODULE: ../../packages/core/src/github-stage-runner.ts
/**
 * `runStage`, the entry of every stage that talks to GitHub: the shared stage runner with a
 * GitHub gateway built from the token input and the runner context. Kept apart from
 * stage-runner.ts so that a stage without GitHub calls does not bundle Octokit.
 */


/** Runs a stage on a GitHub runner, with `deps.github` aimed at the run's repository. */
function runStage(definition, env = process.env) {
    return executeStage(definition, env, (settings, deps) => ({
        ...deps,
        github: new GitHubGateway({
            token: settings.token,
            apiUrl: settings.context.apiUrl,
            serverUrl: settings.context.serverUrl,
            owner: settings.context.owner,
            repo: settings.context.repo,
            dryRun: settings.dryRun,
            log: deps.log,
        }),
    }));
}

;// CONCATENATED MODULE: ../../packages/core/src/pep440.ts
/**
 * PEP 440 versions: parsing with the specification's normalization rules, the canonical
 * spelling, and the ordering Python's packaging tools use. The release scheme of this
 * project (X.Y.Z with a/b/rc pre-releases) is a subset, see `release-version.ts`; the full
 * model is here so that tags outside the scheme (post, dev, local, epochs, 2 or 4
 * components) are recognized and reported instead of being misread.
 */
const PRE_SPELLINGS = {
    a: "a",
    alpha: "a",
    b: "b",
    beta: "b",
    c: "rc",
    rc: "rc",
    pre: "rc",
    preview: "rc",
};
// Written from the grammar in PEP 440 "Appendix B": each optional part may be introduced by
// one of the separators . _ - and its number may be omitted (meaning 0).
const SEP = "[-_.]?";
const GRAMMAR = new RegExp([
    "^\\s*v?",
    "(?:(?<epoch>\\d+)!)?",
    "(?<release>\\d+(?:\\.\\d+)*)",
    `(?:${SEP}(?<preLabel>alpha|beta|preview|pre|rc|a|b|c)${SEP}(?<preNumber>\\d+)?)?`,
    `(?:-(?<postImplicit>\\d+)|${SEP}(?:post|rev|r)${SEP}(?<postNumber>\\d+)?(?<postMarker>))?`,
    `(?:${SEP}(?<devMarker>dev)${SEP}(?<devNumber>\\d+)?)?`,
    "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
    "\\s*$",
].join(""), "i");
/** Parses any PEP 440 version, or returns undefined when `text` is not one. */
function parsePep440(text) {
    const groups = GRAMMAR.exec(text)?.groups;
    if (!groups?.release)
        return undefined;
    const preLabel = groups.preLabel?.toLowerCase();
    const hasPost = groups.postImplicit !== undefined || groups.postMarker !== undefined;
    return {
        epoch: groups.epoch === undefined ? 0 : Number(groups.epoch),
        release: groups.release.split(".").map(Number),
        ...(preLabel && {
            pre: { label: PRE_SPELLINGS[preLabel], number: Number(groups.preNumber ?? 0) },
        }),
        ...(hasPost && { post: Number(groups.postImplicit ?? groups.postNumber ?? 0) }),
        ...(groups.devMarker !== undefined && { dev: Number(groups.devNumber ?? 0) }),
        ...(groups.local !== undefined && {
            local: groups.local
                .toLowerCase()
                .split(/[-_.]/)
                .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
        }),
    };
}
/** The canonical spelling of a version (`1.0.0-RC.1` → `1.0.0rc1`, `v2` → `2`). */
function formatPep440(version) {
    let text = version.epoch === 0 ? "" : `${version.epoch}!`;
    text += version.release.join(".");
    if (version.pre)
        text += `${version.pre.label}${version.pre.number}`;
    if (version.post !== undefined)
        text += `.post${version.post}`;
    if (version.dev !== undefined)
        text += `.dev${version.dev}`;
    if (version.local)
        text += `+${version.local.join(".")}`;
    return text;
}
/** Normalizes a version string, or returns undefined when it is not PEP 440. */
function normalizePep440(text) {
    const version = parsePep440(text);
    return version && formatPep440(version);
}
function compareNumbers(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareRelease(a, b) {
    // Trailing zeros do not count: 1.0 == 1.0.0.
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const order = compareNumbers(a[i] ?? 0, b[i] ?? 0);
        if (order !== 0)
            return order;
    }
    return 0;
}
const PRE_RANK = { a: 0, b: 1, rc: 2 };
/**
 * Where the pre-release part places a version among the releases of the same X.Y.Z:
 * a bare dev release comes before every pre-release, a final release after all of them.
 */
function preKey(version) {
    if (version.pre)
        return [PRE_RANK[version.pre.label], version.pre.number];
    if (version.dev !== undefined && version.post === undefined)
        return [-1, 0];
    return [3, 0];
}
function compareLocal(a, b) {
    if (!a || !b)
        return compareNumbers(a ? 1 : 0, b ? 1 : 0);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (typeof x !== typeof y)
            return typeof x === "number" ? 1 : -1; // numbers sort after strings
        const order = typeof x === "number" ? compareNumbers(x, y) : x < y ? -1 : x > y ? 1 : 0;
        if (order !== 0)
            return order;
    }
    return 0;
}
/** PEP 440 ordering: negative when `a` sorts before `b`, 0 when they are equal versions. */
function comparePep440(a, b) {
    const [aPreRank, aPreNumber] = preKey(a);
    const [bPreRank, bPreNumber] = preKey(b);
    return (compareNumbers(a.epoch, b.epoch) ||
        compareRelease(a.release, b.release) ||
        compareNumbers(aPreRank, bPreRank) ||
        compareNumbers(aPreNumber, bPreNumber) ||
        compareNumbers(a.post ?? -1, b.post ?? -1) ||
        compareNumbers(a.dev ?? Number.POSITIVE_INFINITY, b.dev ?? Number.POSITIVE_INFINITY) ||
        compareLocal(a.local, b.local));
}

;// CONCATENATED MODULE: ../../packages/core/src/release-version.ts
/**
 * The versions this release scheme accepts: PEP 440 with exactly three release components
 * (`X.Y.Z`, as the strategy says) and optionally an a/b/rc pre-release (`0.27.0rc1`).
 * Everything else that PEP 440 allows is recognized and explained, never misread.
 */


const EXAMPLES = "X.Y.Z with an optional a, b or rc pre-release, such as 0.27.0 or 0.27.0rc1";
/** Reads `text` as a release version and says precisely why when it is not one. */
function readReleaseVersion(text) {
    const trimmed = text.trim();
    if (trimmed === "")
        return { ok: false, problem: `the version is empty; expected ${EXAMPLES}` };
    const parsed = parsePep440(trimmed);
    if (!parsed)
        return { ok: false, problem: `"${trimmed}" is not a PEP 440 version; expected ${EXAMPLES}` };
    const release = parsed.release.join(".");
    const problem = (why) => ({ ok: false, problem: `"${trimmed}" ${why}` });
    if (parsed.local) {
        return problem(`has a local version label (+${parsed.local.join(".")}): PyPI refuses local versions; release ${release} instead`);
    }
    if (parsed.epoch !== 0)
        return problem(`has an epoch (${parsed.epoch}!), which this scheme does not use; release ${release} instead`);
    if (parsed.post !== undefined) {
        return problem("is a post-release; this scheme ships fixes as Z-stream releases (X.Y.Z+1) instead");
    }
    if (parsed.dev !== undefined) {
        return problem("is a development release; use an a, b or rc pre-release (for example 0.27.0a1) instead");
    }
    if (parsed.release.length !== 3) {
        const suggestion = [...parsed.release, 0, 0].slice(0, 3).join(".");
        return problem(`has ${parsed.release.length} release components; the strategy's versions are X.Y.Z (for example ${suggestion})`);
    }
    const [major, minor, patch] = parsed.release;
    return { ok: true, version: { major, minor, patch, ...(parsed.pre && { pre: parsed.pre }) } };
}
/**
 * Parses a release version or throws a ConfigurationError naming `inputName` and the fix.
 * Accepts any PEP 440 spelling of an X.Y.Z[a|b|rcN] version: `v0.27.0`, `0.27.0-RC.1`.
 */
function parseReleaseVersion(text, inputName = "version") {
    const reading = readReleaseVersion(text);
    if (!reading.ok)
        throw new ConfigurationError(`Input "${inputName}": ${reading.problem}.`);
    return reading.version;
}
/** The canonical PEP 440 spelling: `0.27.0`, `0.27.0rc1`. */
function formatReleaseVersion(version) {
    const pre = version.pre ? `${version.pre.label}${version.pre.number}` : "";
    return `${version.major}.${version.minor}.${version.patch}${pre}`;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
/** PEP 440 order restricted to the scheme: pre-releases come before their final release. */
function compareReleaseVersions(a, b) {
    return (a.major - b.major ||
        a.minor - b.minor ||
        a.patch - b.patch ||
        (a.pre ? PRE_ORDER[a.pre.label] : 3) - (b.pre ? PRE_ORDER[b.pre.label] : 3) ||
        (a.pre?.number ?? 0) - (b.pre?.number ?? 0));
}
/** The final release a version leads to: `0.27.0rc1` → `0.27.0`. */
function finalRelease(version) {
    return { major: version.major, minor: version.minor, patch: version.patch };
}
/** The X.Y stream a version belongs to, as `"0.27"`. */
function streamOf(version) {
    return `${version.major}.${version.minor}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/strategy/repository-paths.ts
/**
 * File paths that the inputs and the policy name inside the user's repository (the CHANGELOG,
 * version files, requirement files, the notes configuration, the schedule): relative, inside the
 * repository, one line. They are checked before any request, so a path such as `/etc/passwd`,
 * `../x` or one holding a newline is refused before the stage reads or writes anything.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
const CONTROL = /[\u0000-\u001f\u007f]/;
/** What is wrong with `path` as a path inside the repository, or undefined when it is fine. */
function repositoryPathProblem(path) {
    if (path === "")
        return "is empty";
    if (CONTROL.test(path))
        return "holds a control character (a line break?)";
    if (path.includes("\\"))
        return "holds a backslash (paths in a repository use /)";
    if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
        return "is absolute";
    const segments = path.split("/");
    if (segments.includes(".."))
        return 'goes up with ".."';
    if (segments.some((segment) => segment === "" || segment === "."))
        return 'has an empty or "." part (a doubled or trailing /, or ./)';
    if (segments.some((segment) => segment.toLowerCase() === ".git"))
        return "is inside .git";
    return undefined;
}
/** A short, one-line prefix of a value for an error message (never the whole of a long input). */
function quotePrefix(value, max = 40) {
    const shown = JSON.stringify(value.length > max ? value.slice(0, max) : value);
    return value.length > max ? `${shown}…` : shown;
}
/**
 * Returns `path` when it is a relative path inside the repository, else throws a
 * ConfigurationError naming `what` (the input or policy key), a prefix of the value and the fix.
 */
function checkRepositoryPath(path, what) {
    const problem = repositoryPathProblem(path);
    if (problem === undefined)
        return path;
    throw new ConfigurationError(`${what}: ${quotePrefix(path)} ${problem}. Give a path relative to the repository's root, such as CHANGELOG.md or docs/CHANGES.md.`);
}

;// CONCATENATED MODULE: ../../packages/core/src/package-name.ts
/**
 * Python package names as indexes and installers compare them (PEP 503): `Instructlab_SDG`,
 * `instructlab.sdg` and `instructlab-sdg` are one package.
 */
/** The PEP 503 normalized name: lower case, each run of `-`, `_` and `.` one `-`. */
function normalizePackageName(name) {
    return name.replace(/[-_.]+/g, "-").toLowerCase();
}

;// CONCATENATED MODULE: ./src/requirement-caps.ts
/**
 * Caps requirements below their next minor version on a release branch, the way InstructLab
 * pins its own libraries when it cuts a stream (`instructlab-sdg>=0.8.2` → `instructlab-sdg>=0.8.2,<0.9.0`),
 * so that a Z-stream never picks up a library's next Y-stream.
 */

/** Parses the `cap-requirements` input, one `path: package, package` per line. */
function parseCapRequests(lines) {
    return lines.map((line) => {
        const match = /^([^:]+):\s*(.+)$/.exec(line.trim());
        const packages = match?.[2]
            ?.split(/[,\s]+/)
            .map((name) => name.trim())
            .filter((name) => name !== "");
        if (!match?.[1] || !packages || packages.length === 0) {
            throw new ConfigurationError(`Input "cap-requirements": "${line}" must read "path: package, package", for example "requirements.txt: instructlab-sdg, instructlab-training".`);
        }
        return { path: match[1].trim(), packages };
    });
}
// A requirement at the start of a line (requirements.txt) or inside quotes (pyproject.toml):
// name, optional extras, then the version specifiers up to a marker, comment or quote.
const REQUIREMENT = /^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?(\s*)([^;#"'\n]*?)(\s*(?:[;#"'].*)?)$/;
function capSpecifiers(name, specifiers, path) {
    const clauses = specifiers
        .split(",")
        .map((clause) => clause.trim())
        .filter((clause) => clause !== "");
    const lower = clauses.map((clause) => /^(>=|~=|==)\s*(.+)$/.exec(clause)).find((match) => match);
    const version = lower?.[2] ? parsePep440(lower[2]) : undefined;
    if (!lower || !version || version.release.length < 2) {
        throw new ConfigurationError(`cap-requirements: ${name} in ${path} has no lower bound to cap from ("${specifiers || "no version"}"); write it as ${name}>=X.Y.Z first.`);
    }
    if (lower[1] === "==")
        return clauses.join(",");
    const [major, minor] = version.release;
    const cap = `<${major}.${minor + 1}.0`;
    const kept = clauses.filter((clause) => !/^<(?!=)/.test(clause));
    return [...kept, cap].join(",");
}
/**
 * Returns the file's text with each named package capped below its next minor version.
 * @throws ConfigurationError for a package that is not in the file, or that has no lower bound.
 */
function capRequirements(path, text, packages) {
    const wanted = new Map(packages.map((name) => [normalizePackageName(name), name]));
    const found = new Set();
    const lines = text.split("\n").map((line) => {
        const match = REQUIREMENT.exec(line);
        if (!match)
            return line;
        const [, lead = "", name = "", extras = "", gap = "", specifiers = "", tail = ""] = match;
        const key = normalizePackageName(name);
        if (!wanted.has(key))
            return line;
        found.add(key);
        return `${lead}${name}${extras}${gap}${capSpecifiers(name, specifiers.trim(), path)}${tail}`;
    });
    const missing = [...wanted].filter(([key]) => !found.has(key)).map(([, name]) => name);
    if (missing.length > 0) {
        throw new ConfigurationError(`cap-requirements: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in ${path}; check the package names (or the path).`);
    }
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/inputs.ts


/** Reads and checks the inputs before any API request. */
function readInputs(inputs, context) {
    const version = inputs.required("version", "pass the version validate-version accepted (steps.<id>.outputs.version)");
    parseReleaseVersion(version);
    return {
        ...readCommonSettings(inputs, context),
        version,
        releaseBranch: inputs.string("release-branch"),
        previousTag: inputs.string("previous-tag"),
        changelogFile: optionalPath(inputs.string("changelog-file"), 'Input "changelog-file"'),
        versionFiles: inputs
            .list("version-files")
            .map((path) => checkRepositoryPath(path, 'Input "version-files"')),
        caps: parseCapRequests(inputs
            .string("cap-requirements")
            .split("\n")
            .filter((line) => line.trim() !== "")).map((cap) => ({ ...cap, path: checkRepositoryPath(cap.path, 'Input "cap-requirements"') })),
        reviewers: inputs.list("reviewers").map((login) => login.replace(/^@/, "")),
        teamReviewers: inputs.list("team-reviewers").map((team) => team.replace(/^@?[^/]+\//, "")),
        labels: inputs.list("labels"),
        draft: inputs.boolean("draft"),
    };
}
/** Empty means "the policy's"; anything else must be a path inside the repository. */
function optionalPath(value, what) {
    return value === "" ? "" : checkRepositoryPath(value, what);
}

;// CONCATENATED MODULE: ./src/text-diff.ts
/**
 * A unified diff of two texts for the dry-run summary. The changes a release commit makes are
 * insertions and line replacements, so one hunk between the common prefix and suffix (with
 * three lines of context) is exact for them, and readable for anything else.
 */
/** `--- a/path` / `+++ b/path` diff; empty when the texts are equal. */
function unifiedDiff(path, before, after) {
    if (before === after)
        return "";
    const old = before === undefined ? [] : before.split("\n");
    const now = after.split("\n");
    let prefix = 0;
    while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix &&
        suffix < now.length - prefix &&
        old[old.length - 1 - suffix] === now[now.length - 1 - suffix])
        suffix++;
    const context = 3;
    const start = Math.max(prefix - context, 0);
    const oldEnd = Math.min(old.length - suffix + context, old.length);
    const newEnd = Math.min(now.length - suffix + context, now.length);
    const lines = [
        `--- ${before === undefined ? "/dev/null" : `a/${path}`}`,
        `+++ b/${path}`,
        `@@ -${old.length === 0 ? 0 : start + 1},${oldEnd - start} +${start + 1},${newEnd - start} @@`,
        ...old.slice(start, prefix).map((line) => ` ${line}`),
        ...old.slice(prefix, old.length - suffix).map((line) => `-${line}`),
        ...now.slice(prefix, now.length - suffix).map((line) => `+${line}`),
        ...now.slice(now.length - suffix, newEnd).map((line) => ` ${line}`),
    ];
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/report.ts


const COMMIT_WORDS = {
    created: "created",
    unchanged: "unchanged (same content on the same base)",
    rebuilt: "rebuilt on the current release branch",
    "left alone": "left alone (the head branch has commits of its own)",
    "would create": "would be created (dry-run)",
    "already merged": "already merged into the release branch",
    "already released": "already released (the tag exists)",
};
const BACKPORT_WORDS = {
    "up to date": "already has the section",
    "no section": "nothing to carry (the release branch's CHANGELOG has no section for this release)",
    created: "PR opened",
    unchanged: "PR up to date",
    rebuilt: "PR updated",
    "left alone": "PR left as it is (a maintainer pushed to it)",
    "would create": "would open or update a PR (dry-run)",
};
function backportCell(backport) {
    const pull = backport.pull ? ` ${job_summary_link(`#${backport.pull.number}`, backport.pull.url)}` : "";
    return `${code(backport.base)} ${BACKPORT_WORDS[backport.outcome]}${pull}`;
}
function headlineOf(result, dryRun) {
    const { pull } = result;
    const pullLink = job_summary_link(`#${pull?.number}`, pull?.url);
    switch (result.commit.outcome) {
        case "already released":
            return `${result.plan.tag} is already released, nothing to open`;
        case "already merged":
            return `${pullLink} was merged, next: the tag`;
        case "left alone":
            return `left ${pullLink} as it is`;
        default:
            if (dryRun)
                return `would ${pull ? `update #${pull.number}` : "open the release PR"}`;
            return `${result.created ? "opened" : "updated"} ${pullLink}`;
    }
}
/** Outputs (public API, DESIGN §5) and the job summary. */
function report(result, settings) {
    const { pull, plan } = result;
    const approvals = result.approvals?.count ?? `0/${result.policy.approvals.required}`;
    const outputs = {
        "pr-number": pull ? String(pull.number) : "",
        "pr-url": pull?.url ?? "",
        "head-branch": result.headBranch,
        commit: result.commit.sha,
        created: String(result.created),
        approvals,
    };
    const merged = result.commit.outcome === "already merged" && pull?.merged ? pull : undefined;
    const idle = result.notes === undefined;
    const headline = headlineOf(result, settings.dryRun);
    const summary = new Markdown()
        .heading(`open-release-pr: ${plan.tag} — ${headline}`, 3)
        .table(["", ""], [
        [
            "Pull request",
            pull ? job_summary_link(`#${pull.number} ${pull.state === "open" ? "" : "(merged)"}`.trim(), pull.url) : "—",
        ],
        ["Base ← head", `${code(result.base)} ← ${code(result.headBranch)}`],
        [
            "Release commit",
            `${result.commit.sha ? code(result.commit.sha.slice(0, 12)) : "—"} ${COMMIT_WORDS[result.commit.outcome]}`,
        ],
        [
            "Approvals",
            idle
                ? "not counted here: tag-and-changelog checks the merged PR's approvals"
                : `${approvals} (${result.approvals?.explanation ?? "no reviews yet"}); maintainers counted: ${result.maintainers}`,
        ],
        [
            "Notes",
            result.notes
                ? `${result.notes.pulls.length} pull requests since ${result.notes.previousTag ?? "the first commit"}, ${result.notes.directCommits.length} direct commits`
                : `— (not gathered: ${result.commit.outcome === "already released" ? `${plan.tag} is released` : "the release PR was merged"})`,
        ],
        ...(result.backport ? [["CHANGELOG on main", backportCell(result.backport)]] : []),
    ]);
    if (result.notices.length > 0)
        summary.heading("What this run decided", 4).list(result.notices);
    if (merged) {
        summary.paragraph(`The release PR #${merged.number} was merged into ${code(result.base)}${result.commit.sha ? ` (merge commit ${code(result.commit.sha.slice(0, 12))})` : ""}, so this run wrote nothing, whatever the release commit would contain now. The next step is tagging: tag-and-changelog (release.yml) tags that merge commit and creates the GitHub release when the PR is merged; if that job failed, re-run it, or run release.yml with version ${code(plan.text)}${result.commit.sha ? ` and commit ${code(result.commit.sha)}` : ""}. To prepare a new release commit, use a new version: ${plan.tag} is the one that was merged.`);
    }
    if (result.warnings.length > 0)
        summary.heading("Warnings", 4).list(result.warnings);
    if (result.notes && result.notes.contentWarnings.length > 0)
        summary.heading("Does not fit the strategy", 4).list(result.notes.contentWarnings);
    if (result.backport?.change) {
        const { change } = result.backport;
        summary.details(`The CHANGELOG change for ${result.backport.base}`, `\`\`\`diff\n${unifiedDiff(change.path, change.before, change.after)}\n\`\`\``);
    }
    if (result.changes.length > 0) {
        summary.details(`The release commit changes ${result.changes.length} file(s): ${result.changes.map((change) => change.path).join(", ")}`, `\`\`\`diff\n${result.changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join("\n")}\n\`\`\``);
    }
    if (result.keptChangelog) {
        const { path, heading, generated } = result.keptChangelog;
        summary.details(`The ${heading.slice(3)} section this stage would have written (${path} has a hand-written one, kept)`, `\`\`\`markdown\n${generated.trimEnd()}\n\`\`\``);
    }
    if (result.body)
        summary.details("The pull request's body", result.body);
    summary.paragraph(`Policy: ${result.policy.source}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`);
    return { outputs, summary: summary.toString() };
}

;// CONCATENATED MODULE: ../../packages/core/src/maintainers.ts

/** The rule that will count maintainers, in words, before any reviewer is known (no request). */
function maintainersRule(policy, repository) {
    if (policy.approvals.users.length > 0)
        return usersRule(policy);
    const org = repository.split("/")[0] ?? "";
    return `members of the team ${org}/${policy.approvals.team} (when this token cannot read the team: reviewers with write access to ${repository})`;
}
const usersRule = (policy) => `the users listed in approvals.users (${policy.approvals.users.join(", ")})`;
const lower = (login) => login.toLowerCase();
/** Decides which of `reviewers` are maintainers (at most one request per reviewer in the fallback). */
async function resolveMaintainers(github, policy, reviewers, log) {
    if (policy.approvals.users.length > 0)
        return {
            logins: new Set(policy.approvals.users.map(lower)),
            rule: "approvals.users",
            source: usersRule(policy),
        };
    const team = policy.approvals.team;
    try {
        const members = await github.client.paginate("GET /orgs/{org}/teams/{team_slug}/members", {
            org: github.owner,
            team_slug: team,
            per_page: 100,
        });
        return {
            logins: new Set(members.map((member) => lower(member.login))),
            rule: "team",
            source: `members of the team ${github.owner}/${team} (read with this token)`,
        };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 403 && status !== 404)
            throw error;
    }
    log.warning(`Cannot read the team ${github.owner}/${team} with this token (organization members read is needed; the workflow's GITHUB_TOKEN never has it): counting reviewers with write access to ${github.owner}/${github.repo} as maintainers. Pass a token that can read the team, or list the maintainers in approvals.users.`);
    const logins = new Set();
    for (const login of new Set(reviewers.map(lower))) {
        try {
            const { data } = await github.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
                owner: github.owner,
                repo: github.repo,
                username: login,
            });
            if (data.permission === "admin" || data.permission === "write" || data.role_name === "maintain")
                logins.add(login);
        }
        catch (error) {
            if (httpStatus(error) !== 404)
                throw error;
        }
    }
    return {
        logins,
        rule: "write-access fallback",
        source: `reviewers with write access to ${github.owner}/${github.repo}: the team ${github.owner}/${team} could not be read with this token (fallback; use a token that can read it, or approvals.users)`,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/approvals.ts
/**
 * The approvals model of the release PR and of the tag gate: who approved, who blocks, and
 * whether the strategy's "2 maintainer approvals" holds. The rule is GitHub's own for required
 * reviews: each reviewer's latest opinionated review counts (APPROVED or CHANGES_REQUESTED; a
 * later COMMENTED never erases an approval; a DISMISSED latest review counts as neither and
 * revives nothing older); the author and bots do not count; only maintainers count.
 */
const OPINIONATED = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function isBot(user) {
    return user.type === "Bot" || user.login.endsWith("[bot]");
}
/** Applies the approval rule to reviews listed in chronological order. */
function evaluateApprovals(reviews, rules) {
    const latest = new Map();
    for (const review of reviews) {
        if (!review.user || !OPINIONATED.has(review.state))
            continue;
        latest.set(review.user.login.toLowerCase(), review);
    }
    const approvedBy = [];
    const blockedBy = [];
    const ignored = [];
    for (const review of latest.values()) {
        const login = review.user.login;
        if (login.toLowerCase() === rules.author.toLowerCase())
            ignored.push({ login, why: "author" });
        else if (isBot(review.user))
            ignored.push({ login, why: "bot" });
        else if (!rules.isMaintainer(login))
            ignored.push({ login, why: "not a maintainer" });
        else if (review.state === "DISMISSED")
            ignored.push({ login, why: "dismissed" });
        else if (review.state === "CHANGES_REQUESTED")
            blockedBy.push(login);
        else if (rules.headSha && review.commitId && review.commitId !== rules.headSha)
            ignored.push({ login, why: "approved an older commit" });
        else
            approvedBy.push(login);
    }
    const satisfied = approvedBy.length >= rules.required && blockedBy.length === 0;
    const count = `${approvedBy.length}/${rules.required}`;
    const who = approvedBy.length > 0 ? `: ${approvedBy.join(", ")}` : "";
    const explanation = blockedBy.length > 0
        ? `blocked: ${blockedBy.join(", ")} requested changes (${approvedBy.length} of ${rules.required} maintainer approvals${who})`
        : `${approvedBy.length} of ${rules.required} maintainer approval${rules.required === 1 ? "" : "s"}${who}`;
    return { approvedBy, blockedBy, ignored, required: rules.required, satisfied, count, explanation };
}

;// CONCATENATED MODULE: ../../packages/core/src/github/release-pull-request.ts


/** Loads the reviews of a release PR and evaluates them against the policy's approval rule. */
async function loadReleasePullApprovals(github, policy, pull, required, log) {
    const list = await github.client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        owner: github.owner,
        repo: github.repo,
        pull_number: pull.number,
        per_page: 100,
    });
    const reviews = list.map((review) => ({
        user: review.user ? { login: review.user.login, type: review.user.type } : null,
        state: review.state,
        commitId: review.commit_id,
    }));
    const reviewers = reviews.flatMap((review) => (review.user ? [review.user.login] : []));
    const maintainers = reviewers.length > 0 ? await resolveMaintainers(github, policy, reviewers, log) : undefined;
    const status = evaluateApprovals(reviews, {
        author: pull.author,
        isMaintainer: (login) => maintainers?.logins.has(login.toLowerCase()) ?? false,
        required,
        ...(policy.approvals.headCommitOnly && { headSha: pull.headSha }),
    });
    return {
        status,
        reviewers,
        maintainers,
        rule: maintainers?.source ?? maintainersRule(policy, `${github.owner}/${github.repo}`),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/repository-file.ts
/**
 * Optional YAML files of the user's repository (the release policy, the release-notes
 * categories), read through the API at the workflow's commit. Only a file that does not exist
 * means "use the defaults": a file GitHub would not give (no permission, a commit that no longer
 * exists, an outage that outlasted the retries) is an error that names the input or policy key
 * the path came from, never a silent fall-back to the defaults.
 */


/** Why the file could not be read, naming where its path came from and what to do. */
function readFailure(file, ref, at, error) {
    const status = httpStatus(error);
    const what = `Could not read ${file.what} ${file.path} (${file.namedBy}) at ${at}: GitHub answered ${status ?? "with an error"} (${getErrorMessage(error)}).`;
    if (status === 401 || status === 403) {
        return new ConfigurationError(`${what} ${tokenNeeds("contents: read")}`);
    }
    if (isMissingRef(error)) {
        return new ConfigurationError(`${what} The workflow's commit ${ref} no longer exists (a force-pushed or deleted branch): re-run the workflow on an existing commit.`);
    }
    return new Error(`${what} Only a missing file means ${file.fallback}: run the job again once GitHub answers.`, { cause: error });
}
/**
 * Reads and parses an optional YAML file at `ref`; undefined when the file does not exist there.
 * @param ref the commit the workflow runs at; empty: the default branch
 * @throws ConfigurationError for a file GitHub refuses (401/403), a ref that does not exist, or
 *   invalid YAML; Error for any other failure (an outage that outlasted the retries)
 */
async function readOptionalYamlFile(github, file, ref) {
    const at = ref.slice(0, 12) || "the default branch";
    let text;
    try {
        text = await github.getFileText(file.path, ref);
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            throw error;
        throw readFailure(file, ref, at, error);
    }
    if (text === undefined)
        return undefined;
    const source = ref ? `${file.path}@${at}` : `${file.path} on the default branch`;
    // Loaded only when the file exists: most runs never pay for the YAML parser.
    const { load } = await __nccwpck_require__.e(/* import() */ 173).then(__nccwpck_require__.bind(__nccwpck_require__, 173));
    try {
        return { document: load(text, { filename: file.path }), source };
    }
    catch (error) {
        throw new ConfigurationError(`${source} (${file.namedBy}) is not valid YAML: ${getErrorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-config.ts
/**
 * GitHub's configuration of generated release notes (`.github/release.yml`), read with
 * GitHub's semantics: `changelog.exclude` drops pull requests by label or author; each pull
 * request goes to the first category whose `labels` it has (any of them; `"*"` matches all)
 * unless that category's own `exclude` rules it out; with categories configured, a pull request
 * matching none is left out of GitHub's notes (reported here, instead of vanishing).
 */


/**
 * InstructLab's CHANGELOG sections (Breaking Changes, Features, Fixes) from conventional labels,
 * plus a catch-all, used when the repository has no `.github/release.yml`.
 */
const DEFAULT_NOTES_CONFIG = {
    exclude: { labels: ["skip-changelog", "ignore-for-release"], authors: [] },
    categories: [
        {
            title: "Breaking Changes",
            labels: ["breaking-change", "breaking"],
            exclude: { labels: [], authors: [] },
        },
        { title: "Features", labels: ["enhancement", "feature"], exclude: { labels: [], authors: [] } },
        { title: "Fixes", labels: ["bug", "fix", "bugfix"], exclude: { labels: [], authors: [] } },
        { title: "Documentation", labels: ["documentation", "docs"], exclude: { labels: [], authors: [] } },
        { title: "Other Changes", labels: ["*"], exclude: { labels: [], authors: [] } },
    ],
    source: "defaults",
};
function stringList(value, where, source) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" && typeof item !== "number")) {
        throw new ConfigurationError(`${source}: "${where}" must be a list of names, got ${JSON.stringify(value)}.`);
    }
    return value.map(String);
}
function filter(value, where, source) {
    if (value === undefined || value === null)
        return { labels: [], authors: [] };
    if (typeof value !== "object" || Array.isArray(value))
        throw new ConfigurationError(`${source}: "${where}" must be a mapping with labels and authors.`);
    const { labels, authors, ...rest } = value;
    const unknown = Object.keys(rest);
    if (unknown.length > 0)
        throw new ConfigurationError(`${source}: unknown key "${unknown[0]}" under "${where}"; allowed: labels, authors.`);
    return {
        labels: stringList(labels, `${where}.labels`, source),
        authors: stringList(authors, `${where}.authors`, source),
    };
}
/** Validates a parsed release.yml document. */
function parseNotesConfig(document, source) {
    const changelog = document?.changelog;
    if (changelog === undefined || changelog === null)
        throw new ConfigurationError(`${source} has no "changelog" key: see GitHub's format for .github/release.yml.`);
    if (typeof changelog !== "object" || Array.isArray(changelog))
        throw new ConfigurationError(`${source}: "changelog" must be a mapping.`);
    const { exclude, categories, ...rest } = changelog;
    if (Object.keys(rest).length > 0)
        throw new ConfigurationError(`${source}: unknown key "${Object.keys(rest)[0]}" under "changelog"; allowed: exclude, categories.`);
    if (categories !== undefined && !Array.isArray(categories))
        throw new ConfigurationError(`${source}: "changelog.categories" must be a list.`);
    return {
        exclude: filter(exclude, "changelog.exclude", source),
        categories: (categories ?? []).map((entry, index) => {
            const where = `changelog.categories[${index}]`;
            const category = (entry ?? {});
            if (typeof category.title !== "string" || category.title.trim() === "")
                throw new ConfigurationError(`${source}: "${where}.title" must be a non-empty string.`);
            const labels = stringList(category.labels, `${where}.labels`, source);
            if (labels.length === 0)
                throw new ConfigurationError(`${source}: "${where}.labels" must list at least one label (or "*").`);
            return {
                title: category.title.trim(),
                labels,
                exclude: filter(category.exclude, `${where}.exclude`, source),
            };
        }),
        source,
    };
}
/**
 * Reads the configuration at a ref; a missing file gives {@link DEFAULT_NOTES_CONFIG}, any other
 * read failure is an error naming `namedBy` (see repository-file.ts).
 * @param path the file, from `namedBy`
 * @param ref the commit the workflow runs at; empty: the default branch
 * @param namedBy the input or policy key that set `path`, for error messages
 */
async function loadNotesConfig(github, path, ref, namedBy = 'policy key "changelog.categories"') {
    const file = await readOptionalYamlFile(github, { path, what: "the release-notes categories", namedBy, fallback: "the default categories" }, ref);
    return file ? parseNotesConfig(file.document, file.source) : DEFAULT_NOTES_CONFIG;
}
const has = (names, name) => names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());
/**
 * Where a pull request goes: `"excluded"` (changelog.exclude), a category title, or `undefined`
 * when categories exist and none takes it.
 */
function categorize(pull, config) {
    const ruledOut = (rule) => has(rule.authors, pull.author) || pull.labels.some((label) => has(rule.labels, label));
    if (ruledOut(config.exclude))
        return "excluded";
    if (config.categories.length === 0)
        return "What's Changed";
    for (const category of config.categories) {
        if (ruledOut(category.exclude))
            continue;
        if (category.labels.includes("*") || pull.labels.some((label) => has(category.labels, label)))
            return category.title;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes.ts
/**
 * The one notes model of a release, from which the GitHub release body, the CHANGELOG section
 * and the announcements are rendered. A pull request belongs to the range when its merge
 * commit does (merge, squash and rebase merges alike); commits on the range's first-parent line
 * that no pull request brought are listed as direct commits. Pull requests left out of the notes
 * (the release PRs) still brought their commits: those are never direct commits.
 */

/** How a category reads against the strategy. */
function categoryKind(title, labels) {
    const words = [title, ...labels].join(" ");
    if (/break/i.test(words))
        return "breaking";
    if (/feat|enhanc/i.test(words))
        return "feature";
    return undefined;
}
function asCategorizable(pull) {
    return { labels: pull.labels, author: pull.author.login };
}
/** Builds the notes model of a range. */
function buildReleaseNotes(input) {
    const inRange = new Map(input.commits.map((commit) => [commit.sha, commit]));
    const pulls = input.pulls
        .filter((pull) => inRange.has(pull.mergeCommitSha))
        .sort((a, b) => a.number - b.number);
    const broughtByPulls = new Set([...pulls, ...(input.skippedPulls ?? [])].flatMap((pull) => [
        pull.mergeCommitSha,
        ...(pull.headSha ? [pull.headSha] : []),
    ]));
    const directCommits = [];
    for (let commit = inRange.get(input.head); commit; commit = commit.parents[0] ? inRange.get(commit.parents[0]) : undefined) {
        if (!broughtByPulls.has(commit.sha))
            directCommits.push(commit);
    }
    directCommits.reverse();
    const byTitle = new Map();
    const unlisted = [];
    const excluded = [];
    for (const pull of pulls) {
        const place = categorize(asCategorizable(pull), input.config);
        if (place === "excluded")
            excluded.push(pull);
        else if (place === undefined)
            unlisted.push(pull);
        else
            byTitle.set(place, [...(byTitle.get(place) ?? []), pull]);
    }
    const titles = input.config.categories.length > 0
        ? input.config.categories.map((category) => category.title)
        : ["What's Changed"];
    const sections = [...new Set(titles)]
        .filter((title) => byTitle.has(title))
        .map((title) => ({ title, pulls: byTitle.get(title) ?? [] }));
    const seen = new Set();
    const newContributors = pulls
        .filter((pull) => input.isNewContributor?.(pull.author.login) &&
        !seen.has(pull.author.login) &&
        seen.add(pull.author.login))
        .map((pull) => ({ login: pull.author.login, pull }));
    const contentWarnings = [];
    if (input.stream === "y" || input.stream === "z") {
        for (const section of sections) {
            const category = input.config.categories.find((candidate) => candidate.title === section.title);
            const kind = categoryKind(section.title, category?.labels ?? []);
            const list = section.pulls.map((pull) => `#${pull.number}`).join(", ");
            if (kind === "breaking") {
                contentWarnings.push(`${section.title}: ${list}. A ${input.stream === "y" ? "Y-stream keeps backward compatibility" : "Z-stream is for critical bug and documentation fixes"}; breaking changes belong in an X-stream.`);
            }
            else if (kind === "feature" && input.stream === "z") {
                contentWarnings.push(`${section.title}: ${list}. A Z-stream is for critical bug and documentation fixes; features wait for the next Y-stream.`);
            }
        }
    }
    return {
        tag: input.tag,
        previousTag: input.previousTag,
        compareUrl: input.compareUrl,
        sections,
        pulls,
        unlisted,
        excluded,
        directCommits,
        newContributors,
        commits: input.commits,
        contentWarnings,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-source.ts

function toRangeCommit(commit) {
    return {
        sha: commit.sha,
        parents: commit.parents.map((parent) => parent.sha),
        tree: commit.commit.tree.sha,
        message: commit.commit.message,
        authorLogin: commit.author?.login,
        authorName: commit.commit.author?.name ?? "",
        date: commit.commit.committer?.date ?? commit.commit.author?.date ?? "",
    };
}
/** Reads the commits of a range; without `base` (a first release), all commits reachable from `head`. */
async function fetchCommitRange(github, base, head) {
    const where = { owner: github.owner, repo: github.repo };
    if (!base) {
        const commits = await github.client.paginate("GET /repos/{owner}/{repo}/commits", {
            ...where,
            sha: head,
            per_page: 100,
        });
        return { commits: commits.map(toRangeCommit).reverse(), since: undefined };
    }
    const first = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...where,
        basehead: `${base}...${head}`,
        per_page: 100,
        page: 1,
    });
    const pages = Math.ceil(first.data.total_commits / 100);
    const rest = await Promise.all(Array.from({ length: Math.max(pages - 1, 0) }, (_, index) => github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...where,
        basehead: `${base}...${head}`,
        per_page: 100,
        page: index + 2,
    })));
    const commits = [first, ...rest]
        .flatMap((response) => response.data.commits)
        .map(toRangeCommit);
    const mergeBase = first.data.merge_base_commit.commit;
    return { commits, since: mergeBase.committer?.date ?? mergeBase.author?.date ?? undefined };
}
/**
 * The merged pull requests whose merge commit is one of `shas`. Pages through closed pull
 * requests by last update, newest first, and stops once a page reaches back before `since`.
 */
async function fetchMergedPulls(github, shas, since, filter = {}) {
    const found = { listed: [], skipped: [] };
    const iterator = github.client.paginate.iterator("GET /repos/{owner}/{repo}/pulls", {
        owner: github.owner,
        repo: github.repo,
        state: "closed",
        sort: "updated",
        direction: "desc",
        per_page: 100,
        ...(filter.base && { base: filter.base }),
    });
    for await (const { data } of iterator) {
        for (const pull of data) {
            if (!pull.merged_at || !pull.merge_commit_sha || !shas.has(pull.merge_commit_sha))
                continue;
            const skip = filter.skipHead?.test(pull.head.ref) || filter.skipTitles?.includes(pull.title);
            (skip ? found.skipped : found.listed).push({
                number: pull.number,
                title: pull.title,
                url: pull.html_url,
                author: { login: pull.user?.login ?? "ghost", ...(pull.user?.type && { type: pull.user.type }) },
                labels: pull.labels.map((label) => label.name),
                mergeCommitSha: pull.merge_commit_sha,
                headSha: pull.head.sha,
                mergedAt: pull.merged_at,
            });
        }
        const oldest = data.at(-1)?.updated_at;
        if (data.length < 100 || (since !== undefined && oldest !== undefined && oldest < since))
            break;
    }
    return found;
}
/**
 * Which authors contribute for the first time: those whose commits on the default branch
 * (GitHub's contributors list) are all in this range.
 */
async function fetchFirstTimeContributors(github, commits) {
    const inRange = new Map();
    for (const commit of commits)
        if (commit.authorLogin)
            inRange.set(commit.authorLogin, (inRange.get(commit.authorLogin) ?? 0) + 1);
    if (inRange.size === 0)
        return new Set();
    const contributors = await github.client.paginate("GET /repos/{owner}/{repo}/contributors", {
        owner: github.owner,
        repo: github.repo,
        per_page: 100,
    });
    const total = new Map(contributors.filter((entry) => entry.login).map((entry) => [entry.login, entry.contributions]));
    return new Set([...inRange].filter(([login, count]) => (total.get(login) ?? count) <= count).map(([login]) => login));
}
/** Gathers the data of a range and builds its notes model. */
async function gatherReleaseNotes(github, request) {
    const range = await fetchCommitRange(github, request.previousTag, request.head);
    const shas = new Set(range.commits.map((commit) => commit.sha));
    const [pulls, newcomers] = await Promise.all([
        fetchMergedPulls(github, shas, range.since, request),
        request.newContributors === false ? new Set() : fetchFirstTimeContributors(github, range.commits),
    ]);
    const head = /^[0-9a-f]{40}$/i.test(request.head)
        ? request.head.toLowerCase()
        : (range.commits.at(-1)?.sha ?? request.head);
    return buildReleaseNotes({
        tag: request.tag,
        previousTag: request.previousTag,
        compareUrl: request.previousTag
            ? github.webUrl(`/compare/${request.previousTag}...${request.tag}`)
            : undefined,
        head,
        commits: range.commits,
        pulls: pulls.listed,
        skippedPulls: pulls.skipped,
        config: request.config,
        stream: request.stream,
        isNewContributor: (login) => newcomers.has(login),
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/strategy/release-pull-request.ts
/**
 * The names of the pull requests this project opens for a release, owned here so that the stage
 * that opens them (open-release-pr) and the stages that read them (tag-and-changelog's gate, the
 * notes engine skipping them) agree: the release PR onto the release branch, and the PR that
 * carries the release's CHANGELOG section to the main branch.
 */
/** Every head branch this project's stages own starts with it (one per release and purpose). */
const RELEASE_ACTIONS_HEAD_PREFIX = "release-actions/";
/** Matches the head branches of every pull request this project opens: never release notes. */
const RELEASE_ACTIONS_HEAD = /^release-actions\//;
/** The release PR's head branch: `release-actions/v0.27.0`. */
function releasePullHead(tag) {
    return `${RELEASE_ACTIONS_HEAD_PREFIX}${tag}`;
}
/** The release PR's title: `Release v0.27.0` (also the release commit's subject). */
function releasePullTitle(tag) {
    return `Release ${tag}`;
}
/**
 * The head branch of the PR that brings a release's CHANGELOG section to the main branch:
 * `release-actions/changelog-v0.27.0`. It does not start with `release-actions/v`, so the example
 * release workflow (which releases merged `release-actions/v…` heads) leaves its merge alone.
 */
function changelogPullHead(tag) {
    return `${RELEASE_ACTIONS_HEAD_PREFIX}changelog-${tag}`;
}
/** The title of the PR that brings a release's CHANGELOG section to the main branch. */
function changelogPullTitle(tag, mainBranch) {
    return `Changelog of ${tag} for ${mainBranch}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-notes-render.ts

/** How every marker of generated text starts: an HTML comment, so rendered Markdown does not show it. */
const GENERATED_BY = "<!-- generated by instructlab/release-actions";
/** Opens every release body this project writes; a body that starts with it may be refreshed. */
const NOTES_MARKER = `${GENERATED_BY}: edit above this line, or remove it to keep your own text -->`;
/**
 * The line right under the heading of every CHANGELOG section this project writes: a re-run may
 * replace a section that has it, never one without it (a maintainer's own).
 */
const CHANGELOG_MARKER = `${GENERATED_BY}: a re-run replaces this section; remove this line to keep your own text -->`;
/** True when a release body was written by this project (or is empty), so a re-run may replace it. */
function isGeneratedBody(body) {
    return !body?.trim() || body.trimStart().startsWith(NOTES_MARKER);
}
/** The GitHub release body. */
function renderReleaseBody(notes, webUrl) {
    const lines = [NOTES_MARKER, "", "## What's Changed", ""];
    const single = notes.sections.length === 1 && notes.sections[0]?.title === "What's Changed";
    for (const section of notes.sections) {
        if (!single)
            lines.push(`### ${section.title}`, "");
        for (const pull of section.pulls)
            lines.push(`* ${pull.title} by @${pull.author.login} in ${pull.url}`);
        lines.push("");
    }
    if (notes.sections.length === 0)
        lines.push("No pull requests were merged in this release.", "");
    if (notes.directCommits.length > 0) {
        lines.push("### Commits without a pull request", "");
        for (const commit of notes.directCommits) {
            lines.push(`* ${commit.message.split("\n")[0]} (${webUrl}/commit/${commit.sha}${commit.authorLogin ? ` by @${commit.authorLogin}` : ""})`);
        }
        lines.push("");
    }
    if (notes.newContributors.length > 0) {
        lines.push("## New Contributors", "");
        for (const { login, pull } of notes.newContributors)
            lines.push(`* @${login} made their first contribution in ${pull.url}`);
        lines.push("");
    }
    if (notes.compareUrl)
        lines.push(`**Full Changelog**: ${notes.compareUrl}`);
    return `${lines.join("\n").trimEnd()}\n`;
}
const RELEASE_HEADING = /^## (v?)(\d+)\.(\d+)(?:\.(\d+))?\b/;
/** Reads the style from the file's headings; InstructLab's (`## vX.Y`) when there are none. */
function detectChangelogStyle(text) {
    let withV = 0;
    let withoutV = 0;
    let patch = 0;
    let minor = 0;
    for (const line of (text ?? "").split("\n")) {
        const match = RELEASE_HEADING.exec(line);
        if (!match)
            continue;
        if (match[1])
            withV++;
        else
            withoutV++;
        if (match[4] !== undefined)
            patch++;
        else
            minor++;
    }
    return { prefix: withoutV > withV ? "" : "v", granularity: patch > minor ? "patch" : "minor" };
}
/** The section heading of a release: `## v0.27` for a Y-stream in minor style, `## v0.26.1` for a patch. */
function changelogHeading(version, stream, style) {
    const minorOnly = style.granularity === "minor" && stream !== "z";
    const number = minorOnly
        ? `${version.major}.${version.minor}`
        : `${version.major}.${version.minor}.${version.patch}`;
    return `## ${style.prefix}${number}`;
}
/** The CHANGELOG section of a release (heading, marker, one subsection per category). */
function renderChangelogSection(notes, heading) {
    const lines = [heading, CHANGELOG_MARKER, ""];
    for (const section of notes.sections) {
        lines.push(`### ${section.title}`, "");
        for (const pull of section.pulls)
            lines.push(`* ${pull.title} ([#${pull.number}](${pull.url}))`);
        lines.push("");
    }
    if (notes.sections.length === 0)
        lines.push("No user-facing changes.", "");
    return lines.join("\n");
}
function headingVersion(line) {
    const match = RELEASE_HEADING.exec(line);
    if (!match)
        return undefined;
    const reading = readReleaseVersion(`${match[2]}.${match[3]}.${match[4] ?? "0"}`);
    return reading.ok ? reading.version : undefined;
}
/** Lines `[start, end)` of the section under `heading` (the heading included), if the file has one. */
function findSection(lines, heading) {
    const start = lines.findIndex((line) => line.trim() === heading);
    if (start === -1)
        return undefined;
    const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
    return { start, end: end === -1 ? lines.length : end };
}
/** The section under `heading` (the heading included, trailing blank lines dropped), if the file has one. */
function changelogSection(text, heading) {
    const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
    const found = findSection(lines, heading);
    return found && `${lines.slice(found.start, found.end).join("\n").trimEnd()}\n`;
}
/**
 * Who wrote a CHANGELOG's section under `heading`: `"generated"` when its first non-blank line
 * under the heading is this project's marker (or it has none: an empty section is there to be
 * filled), `"hand-written"` otherwise, `"none"` without one.
 */
function changelogSectionOrigin(text, heading) {
    const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
    const found = findSection(lines, heading);
    if (!found)
        return "none";
    const first = lines.slice(found.start + 1, found.end).find((line) => line.trim() !== "");
    // An empty section (a heading put there to be filled) is filled like a generated one.
    return first === undefined || first.trim().startsWith(GENERATED_BY) ? "generated" : "hand-written";
}
/**
 * Puts a release's section into a CHANGELOG: replaces a generated section with the same heading
 * (so a re-run changes nothing), keeps a hand-written one (the text is returned as it is; see
 * {@link changelogSectionOrigin}), or inserts it above the first section of a lower version, below
 * any title or preamble. Returns the new text.
 */
function insertChangelogSection(text, heading, section, version) {
    if (text !== undefined && changelogSectionOrigin(text, heading) === "hand-written")
        return text;
    const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
    const block = `${section.trimEnd()}\n`;
    const headingAt = (index) => (lines[index] ?? "").startsWith("## ");
    const existing = findSection(lines, heading);
    let start;
    let end;
    if (existing) {
        ({ start, end } = existing);
    }
    else {
        const lower = lines.findIndex((line) => {
            const other = headingVersion(line);
            return other !== undefined && compareReleaseVersions(other, version) < 0;
        });
        const firstHeading = lines.findIndex((_, index) => headingAt(index));
        start =
            lower !== -1
                ? lower
                : firstHeading !== -1 && headingVersion(lines[firstHeading] ?? "") === undefined
                    ? firstHeading
                    : lines.length;
        end = start;
    }
    const before = lines.slice(0, start).join("\n").trimEnd();
    const after = lines.slice(end).join("\n").trim();
    return [before, block.trimEnd(), after]
        .filter((part) => part !== "")
        .join("\n\n")
        .concat("\n");
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/release-branch-commit.ts
/**
 * The release commit, made through the Git Data API (so GitHub signs it when the token is the
 * workflow's or an app's) on a head branch owned by the action, on top of the release branch.
 * A re-run whose commit would be the same keeps the existing one; when the release branch moved,
 * the head branch is rebuilt on it. A head branch with commits of its own (a maintainer's edit on
 * top of the release commit) is left alone: rebuilding it would throw the edit and its approvals away.
 * When no file changes (a final promoted from its pre-release, a hand-written CHANGELOG section),
 * the commit has its parent's tree: there is still a release PR for the maintainers to approve.
 */

/** The id git gives a file with this content, to compare without uploading anything. */
function blobSha(content) {
    const bytes = Buffer.from(content, "utf8");
    return (0,external_node_crypto_namespaceObject.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
/**
 * What `head` holds over the base: `current` is one commit on the base that changes exactly these
 * files to these contents; `stale` is only this stage's commit (titled as `message`), made on an
 * older base or with other contents; `edited` holds someone else's commits too.
 */
async function headState(github, base, head, message, changes) {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        owner: github.owner,
        repo: github.repo,
        basehead: `${base}...${head}`,
    });
    const title = (text) => text.split("\n", 1)[0];
    if (data.ahead_by > 1 || data.commits.some((commit) => title(commit.commit.message) !== title(message)))
        return "edited";
    if (data.ahead_by !== 1 || data.behind_by !== 0)
        return "stale";
    const files = new Map((data.files ?? []).map((file) => [file.filename, file.sha]));
    return files.size === changes.length &&
        changes.every((change) => files.get(change.path) === blobSha(change.after))
        ? "current"
        : "stale";
}
/**
 * Writes the release commit and points the head branch at it; a re-run with nothing new, or whose
 * head branch has commits of its own, writes nothing.
 */
async function writeReleaseCommit(github, target, changes) {
    if (target.existingHead) {
        const state = await headState(github, target.base.sha, target.existingHead, target.message, changes);
        if (state === "current")
            return { sha: target.existingHead, outcome: "unchanged" };
        if (state === "edited")
            return { sha: target.existingHead, outcome: "left alone" };
    }
    if (github.dryRun)
        return { sha: "", outcome: "would create" };
    const where = { owner: github.owner, repo: github.repo };
    const baseTree = target.base.tree ??
        (await github.client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
            ...where,
            commit_sha: target.base.sha,
        })).data.tree.sha;
    // An empty change keeps the parent's tree: GitHub takes such a commit like any other.
    const tree = changes.length === 0
        ? baseTree
        : (await github.write(`create the release commit's tree`, "contents: write", () => github.client.request("POST /repos/{owner}/{repo}/git/trees", {
            ...where,
            base_tree: baseTree,
            tree: changes.map((change) => ({
                path: change.path,
                mode: "100644",
                type: "blob",
                content: change.after,
            })),
        }))).data.sha;
    const commit = await github.write("create the release commit", "contents: write", () => github.client.request("POST /repos/{owner}/{repo}/git/commits", {
        ...where,
        message: target.message,
        tree,
        parents: [target.base.sha],
    }));
    const ref = `refs/heads/${target.headBranch}`;
    if (!target.existingHead && (await github.createRef(ref, commit.data.sha)) === "created")
        return { sha: commit.data.sha, outcome: "created" };
    // The head branch exists (our pull request's, or left by a run that died before opening it).
    await github.write(`move ${target.headBranch}`, "contents: write", () => github.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...where,
        ref: `heads/${target.headBranch}`,
        sha: commit.data.sha,
        force: true,
    }));
    return { sha: commit.data.sha, outcome: "rebuilt" };
}

;// CONCATENATED MODULE: ./src/release-pull-request.ts

function toInfo(pull) {
    return {
        number: pull.number,
        url: pull.html_url,
        state: pull.state === "open" ? "open" : "closed",
        merged: pull.merged_at !== null,
        headSha: pull.head.sha,
        // GitHub fills merge_commit_sha for open PRs too (a test merge): only a merged one's counts.
        mergeCommitSha: (pull.merged_at !== null && pull.merge_commit_sha) || undefined,
        author: pull.user?.login ?? "",
        labels: pull.labels.map((label) => label.name),
        milestone: pull.milestone?.title,
        requested: (pull.requested_reviewers ?? []).map((user) => user.login),
        requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug),
        body: pull.body ?? "",
        title: pull.title,
    };
}
/** The release pull requests from `head` into `base`: the open one, and the merged one if any. */
async function findReleasePulls(github, head, base) {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/pulls", {
        owner: github.owner,
        repo: github.repo,
        head: `${github.owner}:${head}`,
        base,
        state: "all",
        per_page: 100,
    });
    const pulls = data.map(toInfo);
    return { open: pulls.find((pull) => pull.state === "open"), merged: pulls.find((pull) => pull.merged) };
}
/** Opens the pull request, or updates the open one's title and body when they changed. */
async function upsertReleasePull(github, existing, pull) {
    const where = { owner: github.owner, repo: github.repo };
    if (existing) {
        if (existing.title === pull.title && existing.body === pull.body)
            return { info: existing, created: false };
        const { data } = await github.write("update the release pull request", "pull-requests: write", () => github.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
            ...where,
            pull_number: existing.number,
            title: pull.title,
            body: pull.body,
        }));
        return { info: toInfo(data), created: false };
    }
    try {
        const { data } = await github.write("open the release pull request", "pull-requests: write", () => github.client.request("POST /repos/{owner}/{repo}/pulls", {
            ...where,
            head: pull.head,
            base: pull.base,
            title: pull.title,
            body: pull.body,
            draft: pull.draft,
        }));
        return { info: toInfo(data), created: true };
    }
    catch (error) {
        // Another run opened it between our lookup and our create.
        if (httpStatus(error) !== 422 || !/already exists/i.test(getErrorMessage(error)))
            throw error;
        const { open } = await findReleasePulls(github, pull.head, pull.base);
        if (!open)
            throw error;
        return upsertReleasePull(github, open, pull);
    }
}
/**
 * Adds the labels and sets the milestone in one request (skipped when already so); without a
 * milestone title, only the labels.
 */
async function labelAndMilestone(github, pull, labels, milestoneTitle, log) {
    const where = { owner: github.owner, repo: github.repo };
    const missingLabels = labels.filter((label) => !pull.labels.some((existing) => existing.toLowerCase() === label.toLowerCase()));
    let milestone;
    if (milestoneTitle !== undefined && pull.milestone !== milestoneTitle) {
        const milestones = await github.client.paginate("GET /repos/{owner}/{repo}/milestones", {
            ...where,
            state: "open",
            per_page: 100,
        });
        milestone = milestones.find((candidate) => candidate.title === milestoneTitle)?.number;
        if (milestone === undefined)
            log.warning(`No open milestone "${milestoneTitle}": the release PR is left without one. rotate-milestones keeps the next releases' milestones open.`);
    }
    if (missingLabels.length === 0 && milestone === undefined)
        return { milestone: pull.milestone };
    await github.write("label the release pull request", "issues: write", () => github.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: pull.number,
        labels: [...pull.labels, ...missingLabels],
        ...(milestone !== undefined && { milestone }),
    }));
    return { milestone: milestone === undefined ? pull.milestone : milestoneTitle };
}
const unlisted = (logins) => {
    const listed = new Set(logins.map((login) => login.toLowerCase()));
    return (name) => !listed.has(name.toLowerCase());
};
/**
 * Requests reviews from those not asked yet and who have not reviewed (GitHub drops a user's
 * request once they review), so a re-run notifies nobody twice; GitHub's refusals become warnings.
 */
async function requestReviewers(github, pull, wanted, log) {
    const users = wanted.users.filter(unlisted([pull.author, ...pull.requested, ...wanted.reviewed]));
    const teams = wanted.teams.filter(unlisted(pull.requestedTeams));
    // Users and teams in separate requests: GitHub refuses team reviewers to the workflow's
    // GITHUB_TOKEN (422), and a refused request asks none of its reviewers.
    if (users.length > 0)
        await ask(users, { reviewers: users });
    if (teams.length > 0)
        await ask(teams.map((team) => `team ${team}`), { team_reviewers: teams });
    async function ask(names, body) {
        try {
            await github.write("request reviews on the release pull request", "pull-requests: write", () => github.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
                owner: github.owner,
                repo: github.repo,
                pull_number: pull.number,
                ...body,
            }));
        }
        catch (error) {
            if (httpStatus(error) !== 422)
                throw error;
            log.warning(`GitHub refused to request reviews from ${names.join(", ")}: ${getErrorMessage(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/changelog-backport.ts
/**
 * Main's CHANGELOG carries every released stream's section, so that each release branch cut from
 * main starts with the whole history. For a release made on a release branch, one pull request
 * per release into main adds (or updates) the release's section as the release branch has it;
 * re-runs update that one PR. A section on main that a maintainer wrote is kept, and a PR branch
 * that a maintainer pushed to is left alone, as the release PR's is.
 */



/** Brings the release's CHANGELOG section to main through one pull request (dry-run: reports it). */
async function backportChangelog(github, request, log) {
    const { plan, main, changelog } = request;
    const headBranch = changelogPullHead(plan.tag);
    const outcome = (fields) => ({
        base: main.name,
        headBranch,
        pull: undefined,
        created: false,
        change: undefined,
        ...fields,
    });
    const section = changelogSection(changelog.text, changelog.heading);
    if (!section)
        return outcome({ outcome: "no section" });
    const before = await github.getFileText(changelog.path, main.sha);
    const after = insertChangelogSection(before, changelog.heading, section, plan.version);
    const pulls = await findReleasePulls(github, headBranch, main.name);
    if (after === before)
        return outcome({ outcome: "up to date", pull: pulls.open ?? pulls.merged });
    const title = changelogPullTitle(plan.tag, main.name);
    const change = {
        path: changelog.path,
        before,
        after,
        reason: `the ${changelog.heading.slice(3)} section of ${plan.tag}`,
    };
    const commit = await writeReleaseCommit(github, {
        base: { name: main.name, sha: main.sha, tree: undefined },
        headBranch,
        existingHead: pulls.open?.headSha,
        message: `${title}\n\n- ${change.path}: ${change.reason}, as on ${request.releaseBranch}`,
    }, [change]);
    if (commit.outcome === "left alone" || github.dryRun)
        return outcome({ outcome: commit.outcome, pull: pulls.open, change });
    const body = [
        `This brings the ${code(changelog.heading.slice(3))} section of **${plan.tag}** from ${code(request.releaseBranch)}${request.releasePull ? ` (release PR ${request.releasePull.url})` : ""} to ${code(main.name)}, so that every release branch cut from ${code(main.name)} starts with the whole history.`,
        "",
        `Edit it here if needed: a re-run of open-release-pr updates this PR until someone pushes to ${code(headBranch)}, and a section on ${code(main.name)} without the "generated by" line is never replaced.`,
        "",
    ].join("\n");
    const { info, created } = await upsertReleasePull(github, pulls.open, {
        head: headBranch,
        base: main.name,
        title,
        body,
        draft: false,
    });
    await labelAndMilestone(github, info, request.labels, undefined, log);
    log.info(`${created ? "Opened" : "Updated"} ${info.url} (${title}).`);
    return outcome({ outcome: commit.outcome, pull: info, created, change });
}

;// CONCATENATED MODULE: ./src/pr-body.ts
/**
 * The release pull request's title and body: what the release is, a checklist for the
 * maintainers (with the approval count the strategy requires), and the notes preview.
 */

const STREAMS = { x: "X-stream (major)", y: "Y-stream", z: "Z-stream (patch)" };
/** Marks a body as written by this stage, so a later run knows the PR is the release PR. */
function releasePullMarker(tag) {
    return `<!-- instructlab/release-actions release-pr ${tag} -->`;
}
/** The pull request's body. */
function renderReleasePullBody(options) {
    const { plan, notes } = options;
    const approvals = options.approvals?.count ?? `0/${options.required}`;
    const satisfied = options.approvals?.satisfied ?? options.required === 0;
    const lines = [
        releasePullMarker(plan.tag),
        `This is the release commit of **${plan.tag}**, a ${STREAMS[plan.stream]}${plan.prerelease ? " pre-release" : ""} release, onto ${code(options.base)}.`,
        `Notes since ${notes.previousTag ?? "the first commit"}: ${notes.pulls.length} pull request(s), ${notes.directCommits.length} commit(s) without one.`,
        "",
        "### Checklist",
        "",
        ...options.changes.map((change) => `- [x] ${code(change.path)}: ${change.reason}`),
        ...(options.changes.length === 0
            ? [
                `- [x] No file changes: the release commit is empty (${options.keptChangelog ? "the CHANGELOG section is a maintainer's" : "everything it would change is already there"}); approving and merging it releases ${code(plan.tag)}`,
            ]
            : []),
        ...(options.keptChangelog
            ? [
                `- [x] ${code(options.keptChangelog.path)}: the ${options.keptChangelog.heading.slice(3)} section was written by hand and is kept as it is (compare it with the release notes preview below)`,
            ]
            : []),
        `- [ ] The CHANGELOG section reads well (edit it in this PR if needed)`,
        `- [${satisfied ? "x" : " "}] Approvals ${approvals} from maintainers (${options.maintainers})`,
        `- [ ] Merge, then create the release: tag-and-changelog tags ${code(plan.tag)} on ${code(options.base)} and publishes the notes`,
    ];
    if (notes.contentWarnings.length > 0)
        lines.push("", "### Does not fit the strategy", "", ...notes.contentWarnings.map((warning) => `- ${warning}`));
    if (notes.unlisted.length > 0) {
        lines.push("", `${notes.unlisted.length} pull request(s) fit no category of the release notes configuration and are not listed: ${notes.unlisted.map((pull) => `#${pull.number}`).join(", ")}.`);
    }
    lines.push("", "<details><summary>Release notes preview</summary>", "", renderReleaseBody(notes, options.webUrl).trim(), "", "</details>", "");
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./src/version-files.ts
/**
 * Sets the release version in the files of projects with a static version: `pyproject.toml`
 * (`[project].version`, or `[tool.poetry].version`), and Python modules (`__init__.py`,
 * `_version.py`, … with `__version__ = "…"` or `version = "…"`). The caller refuses a listed
 * file that would not change (see release-changes.ts): it would ship the old version.
 */

const TOML_VERSION = /^(\s*version\s*=\s*)(["'])([^"']*)\2/m;
const PY_VERSION = /^((?:__version__|version|VERSION)\s*(?::\s*str\s*)?=\s*)(["'])([^"']*)\2/m;
function setInTomlTable(text, tables, version) {
    for (const table of tables) {
        const header = new RegExp(`^\\[${table.replace(/\./g, "\\.")}\\]\\s*$`, "m").exec(text);
        if (!header)
            continue;
        const start = header.index + header[0].length;
        const next = /^\[/m.exec(text.slice(start));
        const end = next ? start + next.index : text.length;
        const body = text.slice(start, end);
        if (!TOML_VERSION.test(body))
            continue;
        return (text.slice(0, start) +
            body.replace(TOML_VERSION, (_, prefix, quote) => `${prefix}${quote}${version}${quote}`) +
            text.slice(end));
    }
    return undefined;
}
/**
 * Returns the file's text with the version set.
 * @throws ConfigurationError when the file has no version this function knows how to set.
 */
function setVersion(path, text, version) {
    let updated;
    if (path.endsWith(".toml")) {
        if (/^\s*dynamic\s*=\s*\[[^\]]*["']version["']/m.test(text)) {
            throw new ConfigurationError(`version-files: ${path} declares the version dynamic (setuptools_scm, hatch-vcs…): the tag sets it, so leave ${path} out of version-files.`);
        }
        updated = setInTomlTable(text, ["project", "tool.poetry"], version);
    }
    else if (path.endsWith(".py")) {
        updated = PY_VERSION.test(text)
            ? text.replace(PY_VERSION, (_, prefix, quote) => `${prefix}${quote}${version}${quote}`)
            : undefined;
    }
    else {
        throw new ConfigurationError(`version-files: ${path} is neither a pyproject-style .toml file nor a Python module; list pyproject.toml, __init__.py or _version.py files.`);
    }
    if (updated === undefined) {
        const where = path.endsWith(".toml")
            ? "a version key in [project] or [tool.poetry]"
            : 'a __version__ = "…" (or version = "…") line';
        throw new ConfigurationError(`version-files: ${path} has ${where.replace(/^a /, "no ")} to set to ${version}.`);
    }
    return updated;
}

;// CONCATENATED MODULE: ./src/release-changes.ts
/**
 * The files the release commit changes, computed from the release branch's current content:
 * the CHANGELOG section (from the notes model), the version in static-version files, and the
 * requirement caps. Reading first and writing nothing lets dry-run show the exact diff.
 */



/** Computes the changed files at `ref` (the release branch head). */
async function computeReleaseChanges(github, ref, plan, notes, request) {
    const read = async (path) => github.getFileText(path, ref);
    const changes = [];
    const changelog = await read(request.changelogFile);
    const heading = changelogHeading(plan.version, plan.stream, detectChangelogStyle(changelog));
    const section = renderChangelogSection(notes, heading);
    // A section without the generated marker is a maintainer's (InstructLab writes its CHANGELOG by
    // hand): it wins over the generated one, which is reported instead.
    const keptChangelog = changelogSectionOrigin(changelog, heading) === "hand-written"
        ? { path: request.changelogFile, heading, generated: section }
        : undefined;
    const withSection = insertChangelogSection(changelog, heading, section, plan.version);
    if (withSection !== changelog)
        changes.push({
            path: request.changelogFile,
            before: changelog,
            after: withSection,
            reason: `${heading.slice(3)} section`,
        });
    const version = formatReleaseVersion(plan.version);
    const leftToReleaseBranch = request.onMain
        ? [
            ...(request.versionFiles.length > 0 ? [`version-files (${request.versionFiles.join(", ")})`] : []),
            ...(request.caps.length > 0
                ? [`cap-requirements (${request.caps.map((cap) => cap.path).join(", ")})`]
                : []),
        ]
        : [];
    const unchanged = [];
    for (const path of request.onMain ? [] : request.versionFiles) {
        const text = await read(path);
        if (text === undefined)
            throw new ConfigurationError(`version-files: ${path} does not exist on ${ref}.`);
        const after = setVersion(path, text, version);
        if (after === text)
            unchanged.push(path);
        else
            changes.push({ path, before: text, after, reason: `version ${version}` });
    }
    for (const cap of request.onMain ? [] : request.caps) {
        const text = await read(cap.path);
        if (text === undefined)
            throw new ConfigurationError(`cap-requirements: ${cap.path} does not exist on ${ref}.`);
        const after = capRequirements(cap.path, text, cap.packages);
        if (after !== text)
            changes.push({
                path: cap.path,
                before: text,
                after,
                reason: `caps ${cap.packages.join(", ")} below their next minor`,
            });
    }
    // Nothing to change means the release commit already landed (a re-run); a release commit that
    // changes other files but not a listed version file would ship the old version.
    if (changes.length > 0 && unchanged.length > 0) {
        throw new ConfigurationError(`version-files: ${unchanged.join(", ")} already say${unchanged.length === 1 ? "s" : ""} ${version} on ${ref} while the rest of the release commit is not there yet. Remove ${unchanged.length === 1 ? "it" : "them"} from version-files if that is expected, or check that the right file is listed.`);
    }
    return {
        files: changes,
        keptChangelog,
        changelog: { path: request.changelogFile, text: withSection, heading },
        leftToReleaseBranch,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/name-templates.ts
/**
 * The policy names branches, tags and milestones with templates such as `release-v{major}.{minor}`
 * and `v{version}`. This module renders them and reads names back, so that the same template
 * that creates `v0.27.0` also recognizes it among the repository's tags.
 */

const PLACEHOLDER = /\{([a-z]+)\}/g;
/** The placeholders used by a template, in order (unknown names included, for validation). */
function templateFields(template) {
    return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}
/** Renders a template for a version: `release-v{major}.{minor}` + 0.27.1 → `release-v0.27`. */
function renderTemplate(template, version) {
    const values = {
        major: String(version.major),
        minor: String(version.minor),
        patch: String(version.patch),
        version: formatReleaseVersion(version),
    };
    return template.replace(PLACEHOLDER, (whole, name) => values[name] ?? whole);
}
/** The literal text before the first placeholder: the prefix to list matching refs with. */
function templatePrefix(template) {
    const index = template.indexOf("{");
    return index === -1 ? template : template.slice(0, index);
}
/**
 * For a template with exactly one `{version}` placeholder (tags, milestone titles), returns the
 * text that stands in its place in `name`, or undefined when `name` does not fit the template.
 */
function extractVersionText(template, name) {
    const [before, after, ...rest] = template.split("{version}");
    if (before === undefined || after === undefined || rest.length > 0)
        return undefined;
    if (!name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length)
        return undefined;
    return name.slice(before.length, name.length - after.length);
}

;// CONCATENATED MODULE: ../../packages/core/src/strategy/ref-names.ts
/**
 * Git's rules for branch and tag names (git-check-ref-format(1),
 * https://git-scm.com/docs/git-check-ref-format): the policy's `release-branch` and `tag`
 * templates are rendered and checked against them when the policy is read, so a template such as
 * `../../release-v{major}.{minor}` is refused before any write rather than at the write.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;
/** What makes `name` an invalid branch or tag name, or undefined when git accepts it. */
function refNameProblem(name) {
    if (name === "")
        return "is empty";
    if (FORBIDDEN.test(name))
        return "holds a space, a control character or one of ~ ^ : ? * [ \\";
    if (name.includes(".."))
        return 'holds ".."';
    if (name.includes("@{") || name === "@")
        return 'holds "@{" or is "@"';
    if (name.startsWith("/") || name.endsWith("/") || name.includes("//"))
        return "starts or ends with /, or holds //";
    if (name.startsWith("-"))
        return "starts with -";
    if (name.endsWith("."))
        return "ends with .";
    if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
        return 'has a part starting with "." or ending with ".lock"';
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-policy.ts
/**
 * The release policy: `.github/release-strategy.yml` in the user's repository, every key
 * optional, defaults = how InstructLab releases today (DESIGN §4). Validation errors name the
 * key, the value and the allowed values, because a typo here would otherwise surface as a
 * wrong branch or tag on release day.
 */




/** The InstructLab practice (reference/instructlab-practice.md). */
const DEFAULT_POLICY = {
    mainBranch: "main",
    releaseBranch: "release-v{major}.{minor}",
    tag: "v{version}",
    prereleases: ["a", "b", "rc"],
    maintainedStreams: 1,
    approvals: { required: 2, team: "core-maintainers", users: [], headCommitOnly: false },
    milestones: { window: 2, cadenceDays: 14, title: "v{version}" },
    scheduleFile: "docs/release-schedule.md",
    changelog: { file: "CHANGELOG.md", categories: ".github/release.yml" },
    announce: {},
    strict: false,
    source: "defaults",
};
class PolicyReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(key, value, expected) {
        throw new ConfigurationError(`${this.source}: "${key}" must be ${expected}, got ${JSON.stringify(value)}.`);
    }
    string = (value, key) => typeof value === "string" && value.trim() !== ""
        ? value.trim()
        : this.fail(key, value, "a non-empty string");
    integer(min, max) {
        return (value, key) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
            ? value
            : this.fail(key, value, `an integer from ${min} to ${max}`);
    }
    boolean = (value, key) => typeof value === "boolean" ? value : this.fail(key, value, "true or false");
    template(allowed, required) {
        return (value, key) => {
            const template = this.string(value, key);
            const fields = templateFields(template);
            const unknown = fields.filter((field) => !allowed.includes(field));
            const missing = required.filter((field) => !fields.includes(field));
            if (unknown.length > 0 || missing.length > 0 || fields.length !== new Set(fields).size) {
                this.fail(key, value, `a template using ${required.map((f) => `{${f}}`).join(" and ")} once each (allowed: ${allowed.map((f) => `{${f}}`).join(", ")})`);
            }
            return template;
        };
    }
    /** A path inside the repository (relative, no "..", one line). */
    path = (value, key) => checkRepositoryPath(this.string(value, key), `${this.source}: "${key}"`);
    /** A branch or tag template whose names git accepts (rendered for a final and a pre-release). */
    refTemplate(allowed, required) {
        const read = this.template(allowed, required);
        return (value, key) => {
            const template = read(value, key);
            for (const pre of [undefined, { label: "rc", number: 1 }]) {
                const name = renderTemplate(template, { major: 0, minor: 27, patch: 0, ...(pre && { pre }) });
                const problem = refNameProblem(name);
                if (problem)
                    throw new ConfigurationError(`${this.source}: "${key}" gives ${quotePrefix(name)}, which git refuses as a branch or tag name: it ${problem}. Use a template such as release-v{major}.{minor} or v{version}.`);
            }
            return template;
        };
    }
    section(value, key, allowedKeys) {
        if (value === undefined || value === null)
            return {};
        if (typeof value !== "object" || Array.isArray(value)) {
            if (key === "")
                throw new ConfigurationError(`${this.source} must be a mapping of policy keys, got ${JSON.stringify(value)}.`);
            this.fail(key, value, "a mapping");
        }
        const entries = value;
        const unknown = Object.keys(entries).filter((name) => !allowedKeys.includes(name));
        if (unknown.length > 0) {
            const where = key === "" ? "" : ` under "${key}"`;
            throw new ConfigurationError(`${this.source}: unknown key${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `"${k}"`).join(", ")}${where}; allowed: ${allowedKeys.join(", ")}.`);
        }
        return entries;
    }
    optional(entries, key, path, read, fallback) {
        return entries[key] === undefined || entries[key] === null ? fallback : read(entries[key], path);
    }
}
const PRE_LABELS = ["a", "b", "rc"];
const TOP_KEYS = [
    "main-branch",
    "release-branch",
    "tag",
    "prereleases",
    "maintained-streams",
    "approvals",
    "milestones",
    "schedule-file",
    "changelog",
    "announce",
    "policy",
];
/**
 * Validates a parsed `.github/release-strategy.yml` document and fills in the defaults.
 * @param document the YAML document as plain data (undefined or null for an empty file)
 * @param source where it came from, used to prefix every error ("path@ref")
 */
function parseReleasePolicy(document, source) {
    const reader = new PolicyReader(source);
    const top = reader.section(document, "", TOP_KEYS);
    const get = (entries, key, path, read, fallback) => reader.optional(entries, key, path, read, fallback);
    const approvals = reader.section(top.approvals, "approvals", [
        "required",
        "team",
        "users",
        "head-commit-only",
    ]);
    const milestones = reader.section(top.milestones, "milestones", ["window", "cadence-days", "title"]);
    const changelog = reader.section(top.changelog, "changelog", ["file", "categories"]);
    const strictness = reader.section(top.policy, "policy", ["strict"]);
    const defaults = DEFAULT_POLICY;
    const prereleases = get(top, "prereleases", "prereleases", (value, key) => {
        if (!Array.isArray(value) || value.some((label) => !PRE_LABELS.includes(label))) {
            reader.fail(key, value, `a list of pre-release kinds from ${PRE_LABELS.join(", ")} (an empty list allows none)`);
        }
        return value;
    }, defaults.prereleases);
    const users = get(approvals, "users", "approvals.users", (value, key) => {
        if (!Array.isArray(value) || value.some((user) => typeof user !== "string" || user.trim() === "")) {
            reader.fail(key, value, "a list of GitHub logins");
        }
        return value.map((user) => user.trim().replace(/^@/, ""));
    }, defaults.approvals.users);
    return {
        mainBranch: get(top, "main-branch", "main-branch", reader.string, defaults.mainBranch),
        releaseBranch: get(top, "release-branch", "release-branch", reader.refTemplate(["major", "minor"], ["major", "minor"]), defaults.releaseBranch),
        tag: get(top, "tag", "tag", reader.refTemplate(["version"], ["version"]), defaults.tag),
        prereleases,
        maintainedStreams: get(top, "maintained-streams", "maintained-streams", reader.integer(1, 100), defaults.maintainedStreams),
        approvals: {
            required: get(approvals, "required", "approvals.required", reader.integer(0, 10), defaults.approvals.required),
            team: get(approvals, "team", "approvals.team", reader.string, defaults.approvals.team),
            users,
            headCommitOnly: get(approvals, "head-commit-only", "approvals.head-commit-only", reader.boolean, defaults.approvals.headCommitOnly),
        },
        milestones: {
            window: get(milestones, "window", "milestones.window", reader.integer(1, 10), defaults.milestones.window),
            cadenceDays: get(milestones, "cadence-days", "milestones.cadence-days", reader.integer(1, 365), defaults.milestones.cadenceDays),
            title: get(milestones, "title", "milestones.title", reader.template(["version", "major", "minor", "patch"], ["version"]), defaults.milestones.title),
        },
        scheduleFile: get(top, "schedule-file", "schedule-file", reader.path, defaults.scheduleFile),
        changelog: {
            file: get(changelog, "file", "changelog.file", reader.path, defaults.changelog.file),
            categories: get(changelog, "categories", "changelog.categories", reader.path, defaults.changelog.categories),
        },
        announce: reader.section(top.announce, "announce", ["slack", "discord", "email", "website"]),
        strict: get(strictness, "strict", "policy.strict", reader.boolean, defaults.strict),
        source,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/policy-loader.ts


/**
 * Reads and validates the policy file at `ref`.
 * @param path the `config` input (default `.github/release-strategy.yml`)
 * @param ref the commit the workflow runs at; empty: the default branch
 */
async function loadReleasePolicy(github, path, ref, log) {
    const file = await readOptionalYamlFile(github, { path, what: "the release policy", namedBy: 'input "config"', fallback: "the default policy" }, ref);
    if (!file) {
        log.info(`No ${path} at ${ref.slice(0, 12) || "the default branch"}: using the default policy (the InstructLab practice).`);
        return DEFAULT_POLICY;
    }
    const policy = parseReleasePolicy(file.document, file.source);
    log.info(`Release policy: ${file.source}.`);
    return policy;
}

;// CONCATENATED MODULE: ../../packages/core/src/release-history.ts


/** The releases, stray tags and release branches of a repository. */
class ReleaseHistory {
    /** Every release, lowest version first. */
    releases;
    strays;
    branches;
    policy;
    constructor(policy, releases, strays, branches) {
        this.policy = policy;
        this.releases = releases.sort((a, b) => compareReleaseVersions(a.version, b.version));
        this.strays = strays;
        this.branches = new Map(branches.map((branch) => [branch.name, branch]));
    }
    /**
     * Classifies tag refs by the policy's tag template. Tags outside the template, placeholders
     * (`v0.0.0`), versions outside the scheme (`v0.25`, `v1.0.0.post1`) and second spellings of
     * an already tagged version become strays with a reason.
     */
    static fromRefs(policy, tags, branches) {
        const releases = new Map();
        const strays = [];
        for (const tag of tags) {
            const text = extractVersionText(policy.tag, tag.name);
            if (text === undefined) {
                strays.push({ tag, reason: `does not match the tag template "${policy.tag}"` });
                continue;
            }
            const reading = readReleaseVersion(text);
            if (!reading.ok) {
                strays.push({ tag, reason: `is not a release of the X.Y.Z scheme: ${reading.problem}` });
                continue;
            }
            const { version } = reading;
            const normalized = formatReleaseVersion(version);
            if (version.major === 0 && version.minor === 0 && version.patch === 0) {
                strays.push({ tag, reason: "is a placeholder (0.0.0), not a release" });
                continue;
            }
            const earlier = releases.get(normalized);
            if (earlier) {
                strays.push({ tag, reason: `names the same version as ${earlier.tag.name} (${normalized})` });
                continue;
            }
            releases.set(normalized, { tag, version, text: normalized });
        }
        return new ReleaseHistory(policy, [...releases.values()], strays, [...branches]);
    }
    /** The same history without one tag: how the repository looked before that release. */
    without(tagName) {
        return new ReleaseHistory(this.policy, this.releases.filter((release) => release.tag.name !== tagName), this.strays.filter((stray) => stray.tag.name !== tagName), [...this.branches.values()]);
    }
    /** The history as it was before a version was released: only the releases below it. */
    below(version) {
        return new ReleaseHistory(this.policy, this.releases.filter((release) => compareReleaseVersions(release.version, version) < 0), [...this.strays], [...this.branches.values()]);
    }
    /** Final releases (no pre-releases), lowest first. */
    finals() {
        return this.releases.filter((release) => !release.version.pre);
    }
    /** The highest final release, if any. */
    latestFinal() {
        return this.finals().at(-1);
    }
    /** The release of exactly this version, whatever the spelling of its tag. */
    find(version) {
        return this.releases.find((release) => compareReleaseVersions(release.version, version) === 0);
    }
    /** Releases of one X.Y stream, lowest first. */
    inStream(version) {
        return this.releases.filter((release) => streamOf(release.version) === streamOf(version));
    }
    /** X.Y streams that have a final release, most recent first (`["0.26", "0.25", …]`). */
    releasedStreams() {
        return [...new Set(this.finals().map((release) => streamOf(release.version)))].reverse();
    }
    /** The release branch name for a version's stream, by the policy's template. */
    branchName(version) {
        return renderTemplate(this.policy.releaseBranch, version);
    }
    /** The release branch for a version's stream, when it exists. */
    branchFor(version) {
        return this.branches.get(this.branchName(version));
    }
    /** The tag name for a version, by the policy's template. */
    tagName(version) {
        return renderTemplate(this.policy.tag, version);
    }
    /**
     * Reads the history from the repository: two requests, the tags under the tag template's
     * prefix and the branches under the release-branch template's prefix.
     */
    static async load(github, policy) {
        const [tags, branches] = await Promise.all([
            // Only tags under the template's prefix: others (`stable`) cannot be releases and are never read.
            github.listMatchingRefs(`tags/${templatePrefix(policy.tag)}`),
            github.listMatchingRefs(`heads/${templatePrefix(policy.releaseBranch)}`),
        ]);
        return ReleaseHistory.fromRefs(policy, tags, branches);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/version-policy.ts
/**
 * The release strategy's rules for a requested version, against what the repository has
 * released: which stream it is (X, Y or Z), whether it fits (no gaps, no downgrades, no
 * pre-release after its final, Z-streams only on the maintained X.Y branches), which branch the
 * release commit must be on, and what the previous release is. Pure: refs in, a plan out.
 */



/** The requested version does not fit the strategy; the message says why and what would. */
class ReleaseRefusedError extends ConfigurationError {
    name = "ReleaseRefusedError";
}
function refuse(message) {
    throw new ReleaseRefusedError(message);
}
function bump(version, part) {
    if (part === "major")
        return { major: version.major + 1, minor: 0, patch: 0 };
    if (part === "minor")
        return { major: version.major, minor: version.minor + 1, patch: 0 };
    return { major: version.major, minor: version.minor, patch: version.patch + 1 };
}
const version_policy_text = formatReleaseVersion;
/** Resolves `next-y` / `next-z` from the latest final release, or parses an explicit version. */
function resolveRequestedVersion(requested, history) {
    const keyword = requested.trim().toLowerCase();
    if (keyword !== "next-y" && keyword !== "next-z")
        return parseReleaseVersion(requested);
    const latest = history.latestFinal();
    if (!latest) {
        refuse(`Input "version": ${keyword} counts from the latest release, and this repository has no tag matching "${history.policy.tag}" yet. Give the first version explicitly (for example 0.1.0).`);
    }
    return bump(latest.version, keyword === "next-y" ? "minor" : "patch");
}
/**
 * The release notes of a final release start at the highest final release below it (for
 * 0.25.0 that is the last 0.24.z, for 0.23.3 it is 0.23.2); those of a pre-release start at
 * the previous pre-release of the same version, if any. Never GitHub's guess by date.
 */
function previousRelease(version, history) {
    const final = finalRelease(version);
    return history.releases
        .filter((release) => compareReleaseVersions(release.version, version) < 0)
        .filter((release) => !release.version.pre ||
        (version.pre && compareReleaseVersions(finalRelease(release.version), final) === 0))
        .at(-1);
}
function classify(version, request, history, notes) {
    const final = finalRelease(version);
    const latest = history.latestFinal();
    const stream = streamOf(version);
    if (!latest) {
        if (final.patch > 0)
            refuse(`${version_policy_text(version)} is a Z-stream release, but the repository has no release yet: the first release is ${version_policy_text({ ...final, patch: 0 })}.`);
        notes.reasons.push("First release of the repository: there is no earlier release to follow.");
        return final.major > 0 && final.minor === 0 ? "x" : "y";
    }
    if (final.patch > 0) {
        const highest = history
            .inStream(final)
            .filter((release) => !release.version.pre)
            .at(-1);
        if (!highest) {
            refuse(`${version_policy_text(version)} would skip ${stream}.0, which has not been released. Release ${stream}.0 first.`);
        }
        const next = bump(highest.version, "patch");
        if (compareReleaseVersions(final, highest.version) <= 0) {
            refuse(`${version_policy_text(version)} is not above ${highest.text} (${highest.tag.name}), the latest release of the ${stream} stream. The next Z-stream release is ${version_policy_text(next)}.`);
        }
        if (final.patch !== next.patch) {
            refuse(`${version_policy_text(version)} would skip ${version_policy_text(next)}: the next Z-stream release of ${stream} after ${highest.text} is ${version_policy_text(next)}.`);
        }
        const streams = history.releasedStreams();
        const maintained = streams.slice(0, history.policy.maintainedStreams);
        if (!maintained.includes(stream)) {
            const why = `${version_policy_text(version)} patches the ${stream} stream, but the most recent stream is ${streams[0]} (${latest.tag.name}) and maintained-streams is ${history.policy.maintainedStreams}: the strategy backports critical fixes to the most recent X.Y branch only.`;
            if (!request.allowOlderStream)
                refuse(`${why} Set allow-older-stream: true to release it anyway.`);
            notes.warnings.push(`${why} Allowed by ${request.allowedBy ?? "allow-older-stream"}.`);
        }
        notes.reasons.push(`Z-stream: ${version_policy_text(version)} follows ${highest.text}, the latest release of the ${stream} stream.`);
        return "z";
    }
    const nextY = bump(latest.version, "minor");
    const nextX = bump(latest.version, "major");
    if (final.major === nextY.major && final.minor === nextY.minor) {
        notes.reasons.push(`Y-stream: ${version_policy_text(version)} follows ${latest.text} (${latest.tag.name}), the latest release.`);
        return "y";
    }
    if (final.major === nextX.major && final.minor === 0) {
        const why = `${version_policy_text(version)} is an X-stream release (a major version after ${latest.text}); the strategy keeps those for a total re-architecture.`;
        if (!request.allowMajor)
            refuse(`${why} Set allow-major: true if this is one, or release ${version_policy_text(nextY)} instead.`);
        notes.reasons.push(`X-stream: ${why} Allowed by ${request.allowedBy ?? "allow-major"}.`);
        return "x";
    }
    if (compareReleaseVersions(final, latest.version) <= 0) {
        refuse(`${version_policy_text(version)} is not above the latest release ${latest.text} (${latest.tag.name}). The next Y-stream release is ${version_policy_text(nextY)}, the next Z-stream release ${version_policy_text(bump(latest.version, "patch"))}.`);
    }
    refuse(`${version_policy_text(version)} would skip ${version_policy_text(nextY)}: after ${latest.text} the next Y-stream release is ${version_policy_text(nextY)} (and the next X-stream release ${version_policy_text(nextX)}).`);
}
/**
 * Decides whether a requested release fits the strategy, given what the repository has released.
 * Throws ReleaseRefusedError with the reason and the fix when it does not.
 */
function planRelease(request, fullHistory) {
    const policy = fullHistory.policy;
    const version = resolveRequestedVersion(request.version, fullHistory);
    const final = finalRelease(version);
    if (final.major === 0 && final.minor === 0 && final.patch === 0) {
        refuse(`${version_policy_text(version)} is a placeholder, not a release: the first release of a project is 0.1.0 (or 0.0.1).`);
    }
    const existing = fullHistory.find(version);
    // A re-run sees its own tag (and maybe later releases): judge it against what came before it.
    const history = !existing
        ? fullHistory
        : request.tagJustMade
            ? fullHistory.without(existing.tag.name)
            : fullHistory.below(version);
    const notes = { reasons: [], warnings: [] };
    if (existing)
        notes.reasons.push(`${existing.tag.name} already exists: this release was made before; nothing new is cut.`);
    if (version.pre) {
        if (!policy.prereleases.includes(version.pre.label)) {
            const allowed = policy.prereleases.length > 0 ? `allows ${policy.prereleases.join(", ")}` : "allows no pre-releases";
            refuse(`${version_policy_text(version)} is a "${version.pre.label}" pre-release, and the policy ${allowed} ("prereleases" in ${policy.source}).`);
        }
        const released = history.find(final);
        if (released) {
            refuse(`${version_policy_text(version)} is a pre-release of ${version_policy_text(final)}, which is already released (${released.tag.name}). Pre-releases come before their final release.`);
        }
        const higher = history.releases.filter((release) => release.version.pre &&
            compareReleaseVersions(finalRelease(release.version), final) === 0 &&
            compareReleaseVersions(release.version, version) > 0);
        if (higher.length > 0) {
            refuse(`${version_policy_text(version)} is lower than the existing pre-release ${higher.map((release) => release.tag.name).join(", ")}: pre-releases only go up.`);
        }
    }
    const stream = classify(version, request, history, notes);
    const releaseBranch = history.branchName(version);
    const branch = history.branchFor(version);
    if (stream === "z" && !branch) {
        refuse(`${version_policy_text(version)} is a Z-stream release, but its branch ${releaseBranch} does not exist. Z-streams are released from their X.Y branch: create ${releaseBranch} from the ${streamOf(version)} release it patches, then run again.`);
    }
    notes.reasons.push(branch
        ? `${releaseBranch} exists: every release of the ${streamOf(version)} stream is made on it.`
        : `${releaseBranch} does not exist yet: it will be cut from ${policy.mainBranch}, so the release commit must be on ${policy.mainBranch}.`);
    const latest = (existing ? fullHistory.without(existing.tag.name) : fullHistory).latestFinal();
    const makeLatest = !version.pre && (!latest || compareReleaseVersions(version, latest.version) > 0);
    if (!makeLatest)
        notes.reasons.push(version.pre ? "Not marked latest: a pre-release." : `Not marked latest: ${latest?.text} is higher.`);
    return {
        version,
        text: version_policy_text(version),
        tag: existing?.tag.name ?? history.tagName(version),
        stream,
        prerelease: version.pre !== undefined,
        releaseBranch,
        branch,
        commitBranch: branch ? releaseBranch : policy.mainBranch,
        previous: previousRelease(version, history),
        makeLatest,
        milestone: renderTemplate(policy.milestones.title, final),
        existing,
        reasons: notes.reasons,
        warnings: notes.warnings,
    };
}

;// CONCATENATED MODULE: ./src/release-target.ts
/**
 * Where the release commit goes: the policy, the release history, the plan of the version, and the
 * branch the release PR targets (the release branch; main for a pre-release before it is cut).
 */

/** Loads the policy and the history, plans the version, and finds the release PR's base. */
async function locateReleaseTarget(github, settings, log) {
    const policy = await log.group("Release policy", () => loadReleasePolicy(github, settings.config, settings.context.sha, log));
    const history = await log.group("Releases and branches", () => ReleaseHistory.load(github, policy));
    const plan = planRelease({ version: settings.version, allowMajor: true, allowOlderStream: true }, history);
    // A final Y- or X-stream release goes onto its release branch; in dry-run, before
    // create-release-branch has cut it, the preview uses main, where it would be cut from.
    const branchToCome = !settings.releaseBranch && !plan.branch && !plan.prerelease && !plan.existing;
    if (branchToCome && !settings.dryRun) {
        throw new ConfigurationError(`${plan.releaseBranch} does not exist: the release commit of ${plan.tag} goes onto its release branch. Run create-release-branch first (it cuts ${plan.releaseBranch} from main), or set "release-branch".`);
    }
    const base = settings.releaseBranch || (branchToCome ? plan.releaseBranch : plan.commitBranch);
    const readName = branchToCome ? policy.mainBranch : base;
    if (branchToCome)
        log.info(`dry-run: ${plan.releaseBranch} does not exist yet; previewing on ${policy.mainBranch}, where create-release-branch would cut it.`);
    const readFrom = history.branches.get(readName) ?? (await github.getRef(`heads/${readName}`));
    if (!readFrom) {
        throw new ConfigurationError(`The release PR targets ${base}, which does not exist in ${github.owner}/${github.repo}. For a new Y-stream, run create-release-branch first; or set "release-branch".`);
    }
    return {
        policy,
        history,
        plan,
        base,
        readFrom: { ...readFrom, name: readName },
        headBranch: releasePullHead(plan.tag),
        onMain: base === policy.mainBranch,
    };
}

;// CONCATENATED MODULE: ./src/run.ts







/** The log and the summary share what a run says: notices (info) and warnings. */
class RunNotes {
    notices = [];
    warnings = [];
    #log;
    constructor(log) {
        this.#log = log;
    }
    notice(text) {
        this.#log.info(text);
        this.notices.push(text);
    }
    warn(text) {
        this.#log.warning(text);
        this.warnings.push(text);
    }
}
/** Opens (or refreshes) the release commit and its pull request onto the release branch. */
async function run(settings, { github, log }) {
    const target = await locateReleaseTarget(github, settings, log);
    const said = new RunNotes(log);
    const finish = (fields) => ({
        plan: target.plan,
        policy: target.policy,
        base: target.base,
        headBranch: target.headBranch,
        maintainers: maintainersRule(target.policy, `${github.owner}/${github.repo}`),
        ...fields,
        notices: said.notices,
        warnings: said.warnings,
        requests: github.requestCount,
    });
    const existing = await findReleasePulls(github, target.headBranch, target.base);
    if (target.plan.existing || (existing.merged && !existing.open))
        return finish(await nothingToOpen(github, settings, target, existing.merged, said, log));
    const notes = await gatherNotes(github, settings, target, log);
    const changes = await proposeChanges(github, settings, target, notes, said, log);
    const commit = await makeReleaseCommit(github, target, existing.open, notes, changes, log);
    const approvals = existing.open
        ? await loadReleasePullApprovals(github, target.policy, 
        // The head the PR has once this run is done: a rebuilt release commit voids older approvals.
        { number: existing.open.number, author: existing.open.author, headSha: commit.sha }, target.policy.approvals.required, log)
        : undefined;
    const maintainers = approvals?.rule ?? maintainersRule(target.policy, `${github.owner}/${github.repo}`);
    const body = renderReleasePullBody({
        plan: target.plan,
        base: target.base,
        notes,
        changes: changes.files,
        keptChangelog: changes.keptChangelog,
        approvals: approvals?.status,
        required: target.policy.approvals.required,
        maintainers,
        webUrl: github.webUrl(),
    });
    const published = await publishPull(github, settings, target, {
        open: existing.open,
        commit,
        body,
        reviewed: approvals?.reviewers ?? [],
        said,
        log,
    });
    const changelog = commit.outcome === "left alone"
        ? { ...changes.changelog, text: await github.getFileText(changes.changelog.path, commit.sha) }
        : changes.changelog;
    return finish({
        notes,
        changes: changes.files,
        keptChangelog: changes.keptChangelog,
        commit,
        ...published,
        approvals: approvals?.status,
        maintainers,
        backport: await syncMainChangelog(github, settings, target, changelog, published.pull, log),
    });
}
/** The release notes since the previous release, the source of the CHANGELOG section and the body. */
async function gatherNotes(github, settings, { plan, policy, base, readFrom }, log) {
    const previousTag = settings.previousTag || plan.previous?.tag.name;
    const notes = await log.group(`Release notes ${previousTag ?? "(first release)"}…${base}`, async () => {
        const config = await loadNotesConfig(github, policy.changelog.categories, settings.context.sha || readFrom.name);
        const gathered = await gatherReleaseNotes(github, {
            tag: plan.tag,
            previousTag,
            head: readFrom.sha,
            stream: plan.stream,
            config,
            skipHead: RELEASE_ACTIONS_HEAD,
            skipTitles: [releasePullTitle(plan.tag)],
            newContributors: false,
            ...(plan.stream === "z" && { base }),
        });
        log.info(`${gathered.pulls.length} pull requests and ${gathered.directCommits.length} direct commits since ${previousTag ?? "the first commit"} (notes configuration: ${config.source}).`);
        return gathered;
    });
    for (const warning of notes.contentWarnings)
        log.warning(warning);
    return notes;
}
/** The files the release commit changes, and what the run says about them. */
async function proposeChanges(github, settings, { plan, policy, base, readFrom, onMain }, notes, said, log) {
    const changes = await log.group("Release commit", () => computeReleaseChanges(github, readFrom.sha, plan, notes, {
        changelogFile: settings.changelogFile || policy.changelog.file,
        versionFiles: settings.versionFiles,
        caps: settings.caps,
        onMain,
    }));
    if (changes.leftToReleaseBranch.length > 0)
        said.notice(`${plan.tag} is a pre-release from ${base}: its release commit changes only the CHANGELOG there. ${changes.leftToReleaseBranch.join(" and ")} apply on ${plan.releaseBranch} only, once it is cut.`);
    if (changes.keptChangelog) {
        const { path, heading } = changes.keptChangelog;
        const compare = changes.files.length > 0
            ? `The generated notes are in the release PR's body ("Release notes preview") for comparison, and the section this stage would have written is in this run's summary`
            : `The section this stage would have written is in this run's summary for comparison`;
        said.warn(`${path}: the ${heading.slice(3)} section on ${base} was written by hand (it has no "generated by instructlab/release-actions" line under its heading), so it was kept as it is and the release commit does not change ${path}. ${compare}. To have this stage write the section instead, delete it on ${base} and re-run.`);
    }
    if (changes.files.length === 0)
        said.notice(`No file changes on ${base}: ${changes.keptChangelog ? "the CHANGELOG section is a maintainer's" : `${base} already has the ${changes.changelog.heading.slice(3)} section${plan.previous?.version.pre ? ` (from ${plan.previous.tag.name})` : ""}`}. The release commit is an empty commit (its parent's tree), so ${plan.tag} still goes through a release PR that maintainers approve; merging it releases ${plan.tag}.`);
    return changes;
}
/** The release commit on the head branch (kept, rebuilt, or left alone: see writeReleaseCommit). */
function makeReleaseCommit(github, { plan, base, readFrom, headBranch }, open, notes, changes, log) {
    return log.group(`Head branch ${headBranch}`, () => writeReleaseCommit(github, {
        base: {
            name: base,
            sha: readFrom.sha,
            tree: notes.commits.find((one) => one.sha === readFrom.sha)?.tree,
        },
        headBranch,
        existingHead: open?.headSha,
        message: commitMessage(plan, changes),
    }, changes.files));
}
function commitMessage(plan, changes) {
    const lines = changes.files.length > 0
        ? changes.files.map((change) => `- ${change.path}: ${change.reason}`)
        : ["No file changes: this commit is the release PR's, for maintainers to approve."];
    return `${releasePullTitle(plan.tag)}\n\n${lines.join("\n")}`;
}
/** Opens or updates the release PR (a PR with a maintainer's commits, or a dry-run, is left as it is). */
async function publishPull(github, settings, { plan, base, headBranch }, run) {
    const { open, log } = run;
    if (run.commit.outcome === "left alone" && open) {
        // A maintainer's edit (and the approvals of it) outweighs regenerating the release commit.
        run.said.warn(`#${open.number} was left as it is: ${headBranch} has commits of its own besides the release commit this stage makes, and a re-run does not overwrite them. To regenerate the release commit, close the PR or delete ${headBranch}, then re-run.`);
        return { pull: open, created: false, body: open.body };
    }
    if (settings.dryRun) {
        log.info(`dry-run: would ${open ? `update #${open.number}` : "open the release PR"} from ${headBranch} into ${base}.`);
        return { pull: open, created: false, body: run.body };
    }
    return log.group("Pull request", async () => {
        const { info, created } = await upsertReleasePull(github, open, {
            head: headBranch,
            base,
            title: releasePullTitle(plan.tag),
            body: run.body,
            draft: settings.draft,
        });
        await labelAndMilestone(github, info, settings.labels, plan.milestone, log);
        await requestReviewers(github, info, { users: settings.reviewers, teams: settings.teamReviewers, reviewed: run.reviewed }, log);
        log.info(`${created ? "Opened" : "Updated"} ${info.url}.`);
        return { pull: info, created, body: run.body };
    });
}
/**
 * The release was made (its tag exists) or its release PR was merged: nothing to open. What comes
 * next is the tag (or nothing); main's CHANGELOG still gets the section as it was merged.
 */
async function nothingToOpen(github, settings, target, merged, said, log) {
    const { plan, base } = target;
    const released = plan.existing ? await github.tagCommit(plan.existing.tag) : undefined;
    const sha = released ?? merged?.mergeCommitSha ?? target.readFrom.sha;
    said.notice(released
        ? `${plan.tag} is already released (the tag exists at ${sha.slice(0, 12)}): there is no release PR to open. What comes next: publishing and announcing (release.yml); for new changes, prepare the next version.`
        : `#${merged?.number} (${merged?.url}) was merged into ${base}: nothing to open. The next step is tagging (tag-and-changelog, release.yml); for a new release commit, use a new version.`);
    const path = settings.changelogFile || target.policy.changelog.file;
    const text = await github.getFileText(path, sha);
    const heading = changelogHeading(plan.version, plan.stream, detectChangelogStyle(text));
    return {
        notes: undefined,
        changes: [],
        keptChangelog: undefined,
        commit: { sha, outcome: released ? "already released" : "already merged" },
        pull: merged,
        created: false,
        body: "",
        approvals: undefined,
        backport: await syncMainChangelog(github, settings, target, { path, text, heading }, merged, log),
    };
}
/** For a release made on a release branch, the PR that brings its CHANGELOG section to main. */
async function syncMainChangelog(github, settings, { plan, policy, history, base, onMain }, changelog, releasePull, log) {
    const main = history.branches.get(policy.mainBranch) ?? (await github.getRef(`heads/${policy.mainBranch}`));
    if (onMain || !main)
        return undefined;
    return log.group(`CHANGELOG on ${policy.mainBranch}`, () => backportChangelog(github, {
        plan,
        main: { name: policy.mainBranch, sha: main.sha },
        changelog,
        releaseBranch: base,
        releasePull,
        labels: settings.labels,
    }, log));
}

;// CONCATENATED MODULE: ./src/main.ts




/** Entry point on the runner: inputs → run → outputs and job summary. */
function main() {
    return runStage({ name: "open-release-pr", readSettings: readInputs, run: run, report: report });
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(18);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
